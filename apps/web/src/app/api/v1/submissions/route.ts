import { createSubmission, listSubmissionsForUser } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb, getJudgeQueue } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/** Submit a solution: `{ problem, language, source }` → 202 `{ id }`. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const body = await readJsonBody(request);
    const { id } = await createSubmission(getDb(), getJudgeQueue(), user, body);
    return Response.json({ id }, { status: 202, headers: { location: `/api/v1/submissions/${id}` } });
  });
}

/** The caller's submissions, newest first: `?problem=slug&take=50&cursor=id`. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const params = new URL(request.url).searchParams;
    const take = Math.min(Math.max(Number(params.get("take") ?? "50") || 50, 1), 200);
    const submissions = await listSubmissionsForUser(getDb(), user, {
      problem: params.get("problem") ?? undefined,
      cursor: params.get("cursor") ?? undefined,
      take,
    });
    return Response.json(submissions, { headers: { "cache-control": "no-store" } });
  });
}
