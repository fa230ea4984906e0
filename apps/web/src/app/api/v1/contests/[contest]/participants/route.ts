import { addContestParticipant } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** The jury adds a participant: `{ email, team? }` → 201; the account is created when missing. */
export async function POST(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    const added = await addContestParticipant(getDb(), user, contest, await readJsonBody(request));
    return Response.json(added, { status: 201 });
  });
}
