import { setExtension } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ course: string; assignment: string; email: string }>;
}

/** Extend one student's due date: `{ dueAt }` → 200; the late windows move with it. */
export async function PUT(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course, assignment, email } = await params;
    const body = await readJsonBody(request);
    return Response.json(
      await setExtension(getDb(), user, { course, assignment, email: decodeURIComponent(email) }, body),
    );
  });
}
