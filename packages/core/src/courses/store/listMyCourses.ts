import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";

export interface MyCourse {
  slug: string;
  title: string;
  term: string;
  role: CourseRole;
  section: string | null;
}

/** The courses the actor is a current member of (not dropped, not archived), newest first. */
export async function listMyCourses(db: PrismaClient, actor: Actor): Promise<MyCourse[]> {
  const rows = await db.courseMember.findMany({
    where: { userId: actor.id, droppedAt: null, course: { archivedAt: null } },
    select: {
      role: true,
      section: { select: { name: true } },
      course: { select: { slug: true, title: true, term: true } },
    },
    orderBy: { course: { createdAt: "desc" } },
  });
  return rows.map((r) => ({ ...r.course, role: r.role, section: r.section?.name ?? null }));
}
