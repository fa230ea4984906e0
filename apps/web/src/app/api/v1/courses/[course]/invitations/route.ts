import { issueInvitations, writeInvitationsCsv } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ course: string }>;
}

/**
 * One-time invitation links for members whose accounts have no password (instructors
 * only): `{ "emails"?: [...], "days"?: 1..120 }` → 201 `{ invitations: [{ email, name,
 * link, expiresAt }], skipped: [{ email, reason }] }`; with `Accept: text/csv` the links
 * as CSV. A new link replaces a member's unused older one.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course } = await params;
    const batch = await issueInvitations(getDb(), user, course, await readJsonBody(request));
    const origin = new URL(request.url).origin;
    const invitations = batch.invitations.map(({ path, ...rest }) => ({ ...rest, link: `${origin}${path}` }));
    if ((request.headers.get("accept") ?? "").includes("text/csv")) {
      return new Response(writeInvitationsCsv(invitations), {
        status: 201,
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${course}-invitations.csv"`,
          "cache-control": "no-store",
        },
      });
    }
    return Response.json(
      { invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })), skipped: batch.skipped },
      { status: 201, headers: { "cache-control": "no-store" } },
    );
  });
}
