import { getProblemAuthoring } from "@arbiter/core/authoring";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** What its editors see of a problem: details, and each shipped submission's expected and actual verdict. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { slug } = await params;
    return Response.json(await getProblemAuthoring(getDb(), user, slug), { headers: { "cache-control": "no-store" } });
  });
}
