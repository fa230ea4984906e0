import { addCourseMember, dropCourseMember } from "@arbiter/core/courses";
import { z } from "zod";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ course: string }>;
}

/** Add a member: `{ email, role, section?, name? }` → 201; the account is created when missing. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course } = await params;
    const added = await addCourseMember(getDb(), user, course, await readJsonBody(request));
    return Response.json(added, { status: 201 });
  });
}

/** Drop a member: `{ email }` → 204. Their submissions and grades are kept. */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course } = await params;
    const { email } = z.object({ email: z.string().min(1).max(254) }).parse(await readJsonBody(request));
    await dropCourseMember(getDb(), user, course, email);
    return new Response(null, { status: 204 });
  });
}
