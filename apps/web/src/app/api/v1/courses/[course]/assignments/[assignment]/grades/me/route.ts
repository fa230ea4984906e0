import { getAssignmentGrades, toGradesResponse } from "@arbiter/core/courses";
import { AppError } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** The caller's own grade row for the assignment. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ course: string; assignment: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course, assignment } = await params;
    const grades = await getAssignmentGrades(getDb(), user, course, assignment, { onlyUserId: user.id });
    const [row] = toGradesResponse(grades.rows);
    if (!row) throw new AppError("not_found", "You are not a student of this course.", { reason: "not_enrolled" });
    return Response.json(row, { headers: { "cache-control": "no-store" } });
  });
}
