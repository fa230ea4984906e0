import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import {
  clampTake,
  querySubmissionSummaries,
  type ListSubmissionsOptions,
  type SubmissionSummary,
} from "./listSubmissionsForUser";

export interface SubmissionPage {
  submissions: SubmissionSummary[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * One page of a user's history and whether another follows: reads one row more
 * than asked for, so "Older" is only offered when there is something older.
 */
export async function listSubmissionPage(
  db: PrismaClient,
  user: Pick<User, "id">,
  options: ListSubmissionsOptions & { take: number },
): Promise<SubmissionPage> {
  const take = clampTake(options.take);
  const rows = await querySubmissionSummaries(db, user, options, take + 1);
  const submissions = rows.slice(0, take);
  const more = rows.length > take;
  return { submissions, nextCursor: more ? (submissions.at(-1)?.id ?? null) : null };
}
