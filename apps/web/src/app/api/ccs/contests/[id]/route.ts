import { ccsContestObject, openCcsContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** CCS `contests/<id>` (the id is the contest's slug). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const ctx = await openCcsContest(getDb(), user, id, { loadJournal: cachedJournal });
    return Response.json(ccsContestObject(ctx), { headers: { "cache-control": "no-store" } });
  });
}
