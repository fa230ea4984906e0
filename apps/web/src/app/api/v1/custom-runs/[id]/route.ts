import { getCustomRunView } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** One custom run: status, and once done its verdict, output, stderr, time and memory. 404 when not yours. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const view = await getCustomRunView(getDb(), user, id);
    return Response.json(view, { headers: { "cache-control": "no-store" } });
  });
}
