import { getSimilarityCheck } from "@arbiter/core/similarity";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** A check's status and report: pairs ranked by similarity, clusters (staff only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    return Response.json(await getSimilarityCheck(getDb(), user, id), { headers: { "cache-control": "no-store" } });
  });
}
