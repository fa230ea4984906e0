import { startContestClock } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** Start one's personal window, or after the end a virtual participation → 200 `{ participantId, virtual }`. */
export async function POST(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    return Response.json(await startContestClock(getDb(), user, contest));
  });
}
