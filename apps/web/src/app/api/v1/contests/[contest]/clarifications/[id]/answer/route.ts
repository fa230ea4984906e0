import { answerClarification } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** The jury answers `{ answer, toAll? }` → 204. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ contest: string; id: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest, id } = await params;
    await answerClarification(getDb(), user, contest, id, await readJsonBody(request));
    return new Response(null, { status: 204 });
  });
}
