import { registerForContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Register oneself where registration is open (or with `{ code }`) → 201 `{ participantId }`. */
export async function POST(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    const body = request.headers.get("content-length") === "0" ? {} : await readJsonBody(request).catch(() => ({}));
    return Response.json(await registerForContest(getDb(), user, contest, body), { status: 201 });
  });
}
