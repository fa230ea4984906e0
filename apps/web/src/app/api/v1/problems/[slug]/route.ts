import { updateProblemDetails } from "@arbiter/core/authoring";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ slug: string }>;
}

/**
 * Change a problem's details: any of `{ title, statement, timeLimitMs, memoryLimitMb,
 * tags, difficulty }` → 200 `{ slug }`; 400 names the field; 403/404 for those who may not.
 */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { slug } = await params;
    return Response.json(await updateProblemDetails(getDb(), user, slug, await readJsonBody(request)));
  });
}
