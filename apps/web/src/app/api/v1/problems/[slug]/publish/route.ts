import { publishProblem } from "@arbiter/core/authoring";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** Publish a private problem to the archive → 200 `{ slug, isPublic: true }`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { slug } = await params;
    return Response.json(await publishProblem(getDb(), user, slug));
  });
}
