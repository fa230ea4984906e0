import { gradebookVersion } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** `{ "version" }`: changes whenever the gradebook does; staff only. Open gradebooks poll it. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ course: string; assignment: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const ref = await params;
    return Response.json(
      { version: await gradebookVersion(getDb(), user, ref) },
      { headers: { "cache-control": "no-store" } },
    );
  });
}
