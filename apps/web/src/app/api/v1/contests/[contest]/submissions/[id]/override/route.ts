import { overrideContestVerdict } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";
import { getWebLifecycle } from "@/server/lifecycle";

export const dynamic = "force-dynamic";

/**
 * The jury sets a submission's verdict: `{ "verdict": "AC", "reason": "…" }` → 200 with
 * the audit entry (who, when, old → new, why). 409 while it is being judged or in an IOI contest.
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ contest: string; id: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest, id } = await params;
    const body = await readJsonBody(request);
    const entry = await overrideContestVerdict(getDb(), getWebLifecycle(), user, contest, id, body);
    return Response.json(entry, { headers: { "cache-control": "no-store" } });
  });
}
