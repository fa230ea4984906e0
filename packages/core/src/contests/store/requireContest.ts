import type { Contest } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actions, type Actor } from "../../permissions/can";

export interface ContestAccess {
  contest: Contest;
  isJury: boolean;
  /** The actor's official participant row, if any. */
  participantId: string | null;
}

export interface RequireContestOptions {
  /**
   * For registering: a private contest shows itself only when it takes an invite code
   * (to anyone, who must then give the code), and `action` is not checked. Any other
   * private contest stays hidden, even from its jury.
   */
  registering?: boolean;
}

/**
 * The contest named `slug`, if `actor` may do `action` on it. A private contest is as
 * unknown as a missing one to outsiders (404); a participant asking for jury rights gets 403.
 */
export async function requireContest(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  action: Actions["contest"],
  options: RequireContestOptions = {},
): Promise<ContestAccess> {
  const contest = await db.contest.findUnique({
    where: { slug },
    include: {
      jury: { where: { userId: actor.id }, select: { userId: true } },
      participants: {
        where: { virtual: false, members: { some: { userId: actor.id } } },
        select: { id: true },
      },
    },
  });
  const isJury = (contest?.jury.length ?? 0) > 0;
  const participantId = contest?.participants[0]?.id ?? null;
  const resource = {
    kind: "contest",
    isJury,
    isParticipant: participantId !== null,
    isPublic: contest?.isPublic ?? false,
  } as const;
  const visible = options.registering
    ? contest && (contest.isPublic || contest.registration === "code")
    : contest && can(actor, "contest.view", resource);
  if (!contest || !visible) {
    throw new AppError("not_found", `There is no contest called "${slug}".`, { reason: "contest_unknown" });
  }
  if (!options.registering && !can(actor, action, resource))
    throw new AppError("forbidden", "Only the contest's jury may do that.");
  const { jury: _jury, participants: _participants, ...rest } = contest;
  return { contest: rest, isJury: can(actor, "contest.jury", resource), participantId };
}
