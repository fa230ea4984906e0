import { overrideGrade } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Override a score: `{ score, reason }` (score null removes it) → 200; kept in the audit log. */
export async function PUT(
  request: Request,
  { params }: { params: Promise<{ course: string; assignment: string; email: string; problem: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course, assignment, email, problem } = await params;
    const ref = { course, assignment, email: decodeURIComponent(email), problem };
    return Response.json(await overrideGrade(getDb(), user, ref, await readJsonBody(request)));
  });
}
