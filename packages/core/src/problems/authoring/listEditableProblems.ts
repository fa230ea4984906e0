import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";

export interface EditableProblem {
  slug: string;
  title: string;
  isPublic: boolean;
  course: { slug: string; title: string } | null;
  updatedAt: Date;
}

/** Most rows the authoring list shows (newest changes first). */
const LIST_LIMIT = 200;

/**
 * The problems `actor` may edit, newest change first: an admin's are all of them; anyone
 * else's are those they uploaded (as an instructor) and those of the courses they teach.
 * Mirrors the `problem.edit` rule.
 */
export async function listEditableProblems(db: PrismaClient, actor: Actor): Promise<EditableProblem[]> {
  const teaches = { members: { some: { userId: actor.id, role: "instructor" as const, droppedAt: null } } };
  return db.problem.findMany({
    where:
      actor.role === "admin"
        ? {}
        : {
            OR: [...(actor.role === "instructor" ? [{ authorId: actor.id }] : []), { course: teaches }],
          },
    select: {
      slug: true,
      title: true,
      isPublic: true,
      course: { select: { slug: true, title: true } },
      updatedAt: true,
    },
    orderBy: { updatedAt: "desc" },
    take: LIST_LIMIT,
  });
}

/** The courses `actor` may upload problems into: those they teach (every open course for an admin). */
export async function listUploadCourses(db: PrismaClient, actor: Actor): Promise<{ slug: string; title: string }[]> {
  return db.course.findMany({
    where: {
      archivedAt: null,
      ...(actor.role === "admin"
        ? {}
        : { members: { some: { userId: actor.id, role: "instructor", droppedAt: null } } }),
    },
    select: { slug: true, title: true },
    orderBy: { slug: "asc" },
  });
}
