import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { parseRoster, type RosterIssue } from "../csv/parseRoster";
import { planRosterImport, type RosterPlan } from "../planRosterImport";
import { findOrCreateAccount } from "./findOrCreateAccount";
import { requireCourse } from "./requireCourse";

/** A roster larger than this is refused before parsing (about 50 000 lines of 100 bytes). */
export const MAX_ROSTER_BYTES = 5_000_000;

export interface RosterImportResult {
  /** What the import does (preview) or did (apply). */
  plan: RosterPlan;
  /** Every problem with its row number; when any exists nothing is applied. */
  issues: RosterIssue[];
  applied: boolean;
}

/**
 * Imports a roster CSV (`email,name,section`) into a course: with `apply: false` it only
 * says what it would do (the preview); with `apply: true` it does it in one transaction,
 * and only when the file has no issues, so a half-imported roster never exists. The plan
 * is computed again inside the transaction from the members as they are then, so applying
 * twice (or a preview gone stale) changes nothing that is already true.
 */
export async function importRoster(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  csvText: string,
  options: { apply: boolean },
): Promise<RosterImportResult> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  if (csvText.length > MAX_ROSTER_BYTES) {
    throw new AppError("bad_request", "The roster file is larger than 5 MB; split it into smaller files.", {
      reason: "invalid_field",
      field: "roster",
    });
  }
  const sections = await db.section.findMany({ where: { courseId: course.id }, select: { id: true, name: true } });
  const { rows, issues } = parseRoster(csvText, { knownSections: sections.map((s) => s.name) });
  const sectionId = new Map(sections.map((s) => [s.name, s.id]));

  const planFor = async (tx: Pick<PrismaClient, "courseMember" | "user">): Promise<RosterPlan> => {
    const emails = rows.map((r) => r.email);
    const [members, accounts] = await Promise.all([
      tx.courseMember.findMany({
        where: { courseId: course.id, droppedAt: null, user: { email: { in: emails } } },
        select: { role: true, user: { select: { email: true } }, section: { select: { name: true } } },
      }),
      tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } }),
    ]);
    return planRosterImport(
      rows,
      members.map((m) => ({ email: m.user.email, role: m.role, section: m.section?.name ?? null })),
      accounts,
    );
  };

  if (!options.apply || issues.length > 0) return { plan: await planFor(db), issues, applied: false };

  const plan = await db.$transaction(
    async (tx) => {
      const plan = await planFor(tx);
      const names = new Map(plan.create.map((c) => [c.email, c.name]));
      for (const { email, section } of plan.enrol) {
        const account = await findOrCreateAccount(tx, email, names.get(email));
        const sectionData = section === null ? {} : { sectionId: sectionId.get(section) ?? null };
        // A dropped student on the roster is enrolled again (their old work comes back).
        await tx.courseMember.upsert({
          where: { courseId_userId: { courseId: course.id, userId: account.id } },
          create: { courseId: course.id, userId: account.id, role: "student", ...sectionData },
          update: { droppedAt: null, ...sectionData },
        });
      }
      for (const { email, to } of plan.moveSection) {
        await tx.courseMember.updateMany({
          where: { courseId: course.id, user: { email } },
          data: { sectionId: sectionId.get(to) ?? null },
        });
      }
      return plan;
    },
    // A roster of a few hundred rows is a few hundred statements; Prisma's 5 s default is short.
    { timeout: 60_000, maxWait: 10_000 },
  );
  return { plan, issues, applied: true };
}
