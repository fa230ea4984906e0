import type { RosterRow } from "./csv/parseRoster";

/** A member of the course as the import sees it. Emails normalized, as stored. */
export interface ExistingMember {
  email: string;
  role: "student" | "ta" | "instructor";
  section: string | null;
}

/** An account that already exists on the site (member of the course or not). Its name is never changed by a roster. */
export interface ExistingAccount {
  email: string;
}

/**
 * What importing a roster will do, for the preview and then for the one transaction that
 * applies it. Every roster row lands in exactly one list.
 */
export interface RosterPlan {
  /** Accounts to create before enrolling them (they also appear in `enrol`). */
  create: { email: string; name: string }[];
  /** Students to add to the course, with their section (null: none). */
  enrol: { row: number; email: string; section: string | null }[];
  /** Students already enrolled whose section changes. */
  moveSection: { row: number; email: string; from: string | null; to: string }[];
  /** Rows that change nothing: already enrolled, same section (or none given). */
  unchanged: { row: number; email: string }[];
  /** Staff of the course listed on the roster: a roster never changes anyone's role. */
  skipped: { row: number; email: string; reason: string }[];
}

/**
 * Plans a roster import against the course's members and the site's accounts. Importing
 * the same roster again yields nothing to create, enrol or move. The plan only adds and
 * moves: students missing from the roster stay enrolled (dropping is a separate action
 * that keeps their submissions), and an empty section cell leaves a section as it is.
 * A new account without a name on the roster is named after its email's local part, like
 * `createUser`, so a list of emails alone is enough; students can change it later.
 * Rows are expected to be `parseRoster`'s valid rows (normalized, no duplicate emails).
 */
export function planRosterImport(
  rows: readonly RosterRow[],
  existingMembers: readonly ExistingMember[],
  existingAccounts: readonly ExistingAccount[],
): RosterPlan {
  const members = new Map(existingMembers.map((m) => [m.email, m]));
  const accounts = new Set(existingAccounts.map((a) => a.email));
  const plan: RosterPlan = { create: [], enrol: [], moveSection: [], unchanged: [], skipped: [] };

  for (const { row, email, name, section } of rows) {
    const member = members.get(email);
    if (!member) {
      if (!accounts.has(email)) plan.create.push({ email, name: name ?? localPart(email) });
      plan.enrol.push({ row, email, section });
    } else if (member.role !== "student") {
      plan.skipped.push({
        row,
        email,
        reason: `${email} is ${member.role === "ta" ? "a TA" : "an instructor"} of this course.`,
      });
    } else if (section !== null && section !== member.section) {
      plan.moveSection.push({ row, email, from: member.section, to: section });
    } else {
      plan.unchanged.push({ row, email });
    }
  }
  return plan;
}

function localPart(email: string): string {
  return email.slice(0, email.lastIndexOf("@"));
}
