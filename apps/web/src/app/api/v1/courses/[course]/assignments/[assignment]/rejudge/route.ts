import { rejudgeAssignment } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb, getJudgeQueue } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** Rejudge every submission of the assignment (staff) → 202 `{ total, queued, coalesced }`. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ course: string; assignment: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course, assignment } = await params;
    return Response.json(await rejudgeAssignment(getDb(), getJudgeQueue(), user, course, assignment), { status: 202 });
  });
}
