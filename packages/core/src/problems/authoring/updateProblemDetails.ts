import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { parseRequest } from "../../zodMessages";
import { requireProblem } from "./problemAccess";
import { problemDetailsSchema } from "./problemDetailsSchema";

/**
 * Changes a problem's title, statement, limits, tags or difficulty (the fields `body`
 * names), for those who may edit it. New limits apply to judgings from now on; past
 * verdicts stay as they were. Throws AppError 400 naming the field, 403 or 404.
 */
export async function updateProblemDetails(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
): Promise<{ slug: string }> {
  const problem = await requireProblem(db, actor, slug, "problem.edit");
  const details = parseRequest(problemDetailsSchema, body);
  await db.problem.update({ where: { id: problem.id }, data: details });
  return { slug };
}
