import { AppError, getSubmissionDetails, getSubmissionView } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * One submission with its per-test results; 404 when missing or someone else's.
 * `?include=details` adds the source, the scoring and the sample tests' input,
 * expected and actual output (never anything of hidden tests).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const include = new URL(request.url).searchParams.get("include");
    if (include !== null && include !== "details") {
      throw new AppError("bad_request", 'include: the only value is "details".');
    }
    const db = getDb();
    const body =
      include === "details" ? await getSubmissionDetails(db, user, id) : await getSubmissionView(db, user, id);
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
