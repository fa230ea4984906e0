import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { requireProblem } from "./problemAccess";

/**
 * Makes a private problem (uploaded into a course, or into the archive) public: listed
 * in the archive and open to everyone. It stays its course's, so the course's
 * instructors can still edit it. Publishing again changes nothing.
 */
export async function publishProblem(
  db: PrismaClient,
  actor: Actor,
  slug: string,
): Promise<{ slug: string; isPublic: true }> {
  const problem = await requireProblem(db, actor, slug, "problem.publish");
  if (!problem.isPublic) await db.problem.update({ where: { id: problem.id }, data: { isPublic: true } });
  return { slug, isPublic: true };
}
