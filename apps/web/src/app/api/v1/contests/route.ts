import { createContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Create a contest (staff only): → 201 `{ slug, inviteCode }`. See API.md for the body. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const created = await createContest(getDb(), user, await readJsonBody(request));
    return Response.json(created, { status: 201, headers: { location: `/api/v1/contests/${created.slug}` } });
  });
}
