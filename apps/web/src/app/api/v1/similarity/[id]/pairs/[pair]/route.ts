import { getSimilarityPair } from "@arbiter/core/similarity";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** One pair with both sources and every matched fragment (lines and columns), staff only. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; pair: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id, pair } = await params;
    return Response.json(await getSimilarityPair(getDb(), user, id, pair), {
      headers: { "cache-control": "no-store" },
    });
  });
}
