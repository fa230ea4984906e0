import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { requireCourse } from "../store/requireCourse";

/**
 * A short fingerprint of an assignment's gradebook that changes whenever a grade cell
 * does (a judging finished, an override, an extension regrade): open gradebooks poll it
 * and reload only when it moves. One aggregate over the assignment's cells (they lead
 * with the assignment in their primary key); staff only, like the gradebook.
 */
export async function gradebookVersion(
  db: PrismaClient,
  actor: Actor,
  ref: { course: string; assignment: string },
): Promise<string> {
  const { course } = await requireCourse(db, actor, ref.course, "course.staff");
  const assignment = await db.assignment.findUnique({
    where: { courseId_slug: { courseId: course.id, slug: ref.assignment } },
    select: { id: true },
  });
  if (!assignment) throw new AppError("not_found", `There is no assignment "${ref.course}/${ref.assignment}".`);
  const [cells, members] = await Promise.all([
    db.gradeCell.aggregate({ where: { assignmentId: assignment.id }, _count: true, _max: { updatedAt: true } }),
    // Joining or dropping adds or removes a row even before any cell exists.
    db.courseMember.aggregate({
      where: { courseId: course.id },
      _count: true,
      _max: { joinedAt: true, droppedAt: true },
    }),
  ]);
  const stamp = (d: Date | null | undefined) => (d ? d.getTime().toString(36) : "0");
  return [
    cells._count,
    stamp(cells._max.updatedAt),
    members._count,
    stamp(members._max.joinedAt),
    stamp(members._max.droppedAt),
  ].join(".");
}
