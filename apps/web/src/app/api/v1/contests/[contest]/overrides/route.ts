import { listVerdictOverrides } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** The contest's verdict overrides, newest first (jury only): the audit log. */
export async function GET(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    return Response.json(await listVerdictOverrides(getDb(), user, contest), {
      headers: { "cache-control": "no-store" },
    });
  });
}
