import { reviewSimilarityPair } from "@arbiter/core/similarity";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Mark a pair `{ verdict: "fine" | "suspicious", note? }` → 200 the stored review (staff only). */
export async function PUT(
  request: Request,
  { params }: { params: Promise<{ id: string; pair: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id, pair } = await params;
    return Response.json(await reviewSimilarityPair(getDb(), user, id, pair, await readJsonBody(request)));
  });
}
