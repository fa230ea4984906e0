import { createCourse } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Create a course: `{ slug, title, term?, description?, sections? }` → 201 `{ slug, joinCode }`; 403 for students. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const created = await createCourse(getDb(), user, await readJsonBody(request));
    return Response.json(created, { status: 201, headers: { location: `/api/v1/courses/${created.slug}` } });
  });
}
