import "server-only";
import { AppError } from "@arbiter/core";
import { authorizeUpload, receivePackageUpload, uploadProblemPackage } from "@arbiter/core/authoring";
import type { User } from "@arbiter/db";
import { getDb, getJudgeQueue } from "@/server/context";

/** Content types a zip arrives with from browsers, curl and HTTP libraries. */
const ZIP_TYPES = new Set(["application/zip", "application/x-zip-compressed", "application/octet-stream"]);

/**
 * `POST /api/v1/problems?slug=…[&course=…]` with the zip as the body: 201 for a new
 * problem, 200 when one was replaced. Only a zip content type is read (else 415), which
 * a browser sends cross-site only after a CORS preflight we never answer.
 */
export async function uploadFromRequest(user: User, request: Request): Promise<Response> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!ZIP_TYPES.has(type)) {
    throw new AppError("unsupported_media_type", "Send the package as the body, with Content-Type: application/zip.");
  }
  const params = new URL(request.url).searchParams;
  const slug = params.get("slug") ?? "";
  if (!slug) throw new AppError("bad_request", "Name the problem: ?slug=…", { reason: "invalid_field", field: "slug" });
  const course = params.get("course") || undefined;
  // Refused before a byte of the body is read.
  await authorizeUpload(getDb(), user, slug, course);
  const declared = request.headers.get("content-length");
  const received = await receivePackageUpload(
    request.body as AsyncIterable<Uint8Array> | null,
    declared === null ? null : Number(declared),
  );
  try {
    const result = await uploadProblemPackage(getDb(), getJudgeQueue(), user, {
      zipPath: received.zipPath,
      slug,
      course,
    });
    return Response.json(result, {
      status: result.created ? 201 : 200,
      headers: { location: `/api/v1/problems/${result.slug}/authoring` },
    });
  } finally {
    await received.discard();
  }
}
