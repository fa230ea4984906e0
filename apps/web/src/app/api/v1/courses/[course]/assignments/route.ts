import { createAssignment } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * Create an assignment: `{ slug, title, opensAt, dueAt, late?, afterLate?, counts?, problems }`
 * → 201 `{ slug }`. Times are ISO 8601 and may lie in the past.
 */
export async function POST(request: Request, { params }: { params: Promise<{ course: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course } = await params;
    const created = await createAssignment(getDb(), user, course, await readJsonBody(request));
    return Response.json(created, { status: 201 });
  });
}
