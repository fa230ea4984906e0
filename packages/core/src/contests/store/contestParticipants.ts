import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { parseRequest } from "../../zodMessages";
import { findOrCreateAccount } from "../../courses/store/findOrCreateAccount";
import { normalizeJoinCode } from "../../courses/joinCode";
import { canStartPersonalWindow, canStartVirtual } from "../timing/participantWindow";
import { contestSchedule } from "./contestClock";
import { requireContest } from "./requireContest";

export const addParticipantSchema = z.object({
  email: z
    .string()
    .transform(normalizeEmail)
    .pipe(z.email({ error: "is not a valid email address" }).max(254)),
  /** A team's name: members added with the same team share one row and its submissions. */
  team: z.string().trim().min(1).max(100).optional(),
});

function alreadyIn(email: string): AppError {
  return new AppError("bad_request", `${email} is already a participant of this contest.`, {
    reason: "already_exists",
    field: "email",
  });
}

/** Staff add a participant (the account is created when missing), alone or into a team. */
export async function addContestParticipant(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
): Promise<{ participantId: string; accountCreated: boolean }> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const { email, team } = parseRequest(addParticipantSchema, body);
  return db.$transaction(async (tx) => {
    const account = await findOrCreateAccount(tx, email);
    const taken = await tx.contestTeamMember.findUnique({
      where: { contestId_userId_virtual: { contestId: contest.id, userId: account.id, virtual: false } },
    });
    if (taken) throw alreadyIn(email);
    const existingTeam = team
      ? await tx.contestParticipant.findFirst({ where: { contestId: contest.id, name: team, virtual: false } })
      : null;
    const row =
      existingTeam ??
      (await tx.contestParticipant.create({
        data: {
          contestId: contest.id,
          name: team ?? (await tx.user.findUniqueOrThrow({ where: { id: account.id } })).name,
        },
      }));
    await tx.contestTeamMember.create({ data: { participantId: row.id, userId: account.id, contestId: contest.id } });
    return { participantId: row.id, accountCreated: account.created };
  });
}

/**
 * Registers the caller, where the contest allows it (open, or with its invite code), any
 * time before the end. Registering twice is a 400.
 */
export async function registerForContest(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  body: unknown,
  now: Date = new Date(),
): Promise<{ participantId: string }> {
  const { contest, participantId } = await requireContest(db, actor, slug, "contest.view", { registering: true });
  const closed = (message: string) => new AppError("bad_request", message, { reason: "registration_closed" });
  if (contest.registration === "staff") throw closed("This contest's participants are added by its organisers.");
  if (now.getTime() >= contestSchedule(contest).endMs) throw closed("Registration closed when the contest ended.");
  if (contest.registration === "code") {
    const code = z.object({ code: z.string().max(40) }).safeParse(body);
    const given = code.success ? normalizeJoinCode(code.data.code) : null;
    if (!given || given !== contest.inviteCode) {
      throw new AppError("forbidden", "That invite code is not right for this contest.", {
        reason: "join_code_invalid",
      });
    }
  }
  if (participantId !== null) throw alreadyIn("You are");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  const row = await db.contestParticipant.create({
    data: { contestId: contest.id, name: user.name, members: { create: { userId: actor.id, contestId: contest.id } } },
  });
  return { participantId: row.id };
}

/**
 * Starts the caller's clock: their personal window (inside the contest period) or, after
 * the end, a virtual participation replaying the contest on its own row.
 */
export async function startContestClock(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  now: Date = new Date(),
): Promise<{ participantId: string; virtual: boolean }> {
  const { contest, participantId } = await requireContest(db, actor, slug, "contest.view");
  const schedule = contestSchedule(contest);
  const nowMs = now.getTime();
  if (canStartVirtual(schedule, nowMs)) {
    const existing = await db.contestTeamMember.findUnique({
      where: { contestId_userId_virtual: { contestId: contest.id, userId: actor.id, virtual: true } },
    });
    if (existing) return { participantId: existing.participantId, virtual: true };
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const row = await db.contestParticipant.create({
      data: {
        contestId: contest.id,
        name: user.name,
        virtual: true,
        startedAt: now,
        members: { create: { userId: actor.id, contestId: contest.id, virtual: true } },
      },
    });
    return { participantId: row.id, virtual: true };
  }
  if (!participantId)
    throw new AppError("forbidden", "Register for the contest first.", { reason: "not_a_participant" });
  if (!canStartPersonalWindow(schedule, nowMs)) {
    throw new AppError("conflict", "This contest has no personal windows, or it has not started yet.", {
      reason: "contest_not_started",
    });
  }
  await db.contestParticipant.updateMany({ where: { id: participantId, startedAt: null }, data: { startedAt: now } });
  return { participantId, virtual: false };
}
