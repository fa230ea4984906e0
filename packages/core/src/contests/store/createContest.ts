import type { PrismaClient } from "@arbiter/db/client";
import { slugSchema } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import { isUniqueViolation } from "../../users/isUniqueViolation";
import { parseRequest } from "../../zodMessages";
import { generateJoinCode } from "../../courses/joinCode";
import { contestConfigIssues, type ContestConfigIssue } from "../config/contestConfigIssues";

const isoTime = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date and time with a time zone" })
  .transform((s) => new Date(s));

export const createContestSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty").max(200),
  format: z.enum(["icpc", "ioi"], { error: 'must be "icpc" or "ioi"' }),
  startsAt: isoTime,
  durationMinutes: z
    .number()
    .int("must be whole minutes")
    .positive("must be more than 0")
    .max(60 * 24 * 30),
  freezeMinutes: z.number().int("must be whole minutes").min(0).optional(),
  thawAt: isoTime.optional(),
  penaltyMinutes: z.number().int("must be whole minutes").min(0).max(1000).optional(),
  registration: z.enum(["open", "code", "staff"]).optional(),
  isPublic: z.boolean().optional(),
  personalMinutes: z.number().int("must be whole minutes").positive().optional(),
  hideBoardUntilEnd: z.boolean().optional(),
  /** The contest's own limit: at most this many submissions per participant per `submissionLimitMinutes` (default 5). */
  submissionLimit: z.number().int("must be a whole number").positive().max(1000).optional(),
  submissionLimitMinutes: z.number().int("must be whole minutes").positive().max(1440).optional(),
  problems: z
    .array(
      z.object({
        problem: z.string().min(1).max(100),
        label: z.string().min(1).max(10),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#ff0000"')
          .optional(),
      }),
    )
    .min(1, "must list at least one problem")
    .max(50),
});

/** The 400 each rule issue becomes: a sentence naming the field to change. */
function issueError(issue: ContestConfigIssue, labels: string[]): AppError {
  const at = (field: string, message: string) =>
    new AppError("bad_request", message, { reason: "invalid_field", field });
  switch (issue.code) {
    case "FREEZE_LONGER_THAN_CONTEST":
    case "FREEZE_NEGATIVE":
      return at("freezeMinutes", "freezeMinutes must be between 0 and the contest's duration.");
    case "THAW_BEFORE_END":
      return at("thawAt", "thawAt must not be before the contest ends.");
    case "PERSONAL_DURATION_INVALID":
      return at("personalMinutes", "personalMinutes must be at most the contest's duration.");
    case "LABEL_INVALID":
    case "LABEL_DUPLICATE": {
      const field = `problems[${labels.lastIndexOf(issue.label)}].label`;
      const why = issue.code === "LABEL_DUPLICATE" ? "is used twice" : "must be letters, digits, - or _";
      return at(field, `${field} "${issue.label}" ${why}.`);
    }
    case "PROBLEM_DUPLICATE":
      return at("problems", `Problem "${issue.id}" is listed twice.`);
    default:
      return at("", "The contest's settings are not valid.");
  }
}

/**
 * Creates a contest (its start may lie in the past: re-hosting, tests); its creator joins
 * its jury. The rules' own checks decide what is valid, each answered with a 400 naming
 * the field. Problems must exist; they stay hidden from participants until the start.
 */
export async function createContest(
  db: PrismaClient,
  actor: Actor,
  body: unknown,
): Promise<{ slug: string; inviteCode: string | null }> {
  if (!can(actor, "contest.create", { kind: "site" })) {
    throw new AppError("forbidden", "Only instructors and admins can create contests.");
  }
  const input = parseRequest(createContestSchema, body);
  const labels = input.problems.map((p) => p.label);
  const [issue] = contestConfigIssues({
    format: input.format,
    startMs: input.startsAt.getTime(),
    durationMs: input.durationMinutes * 60_000,
    freezeDurationMs: input.freezeMinutes === undefined ? null : input.freezeMinutes * 60_000,
    thawAtMs: input.thawAt?.getTime() ?? null,
    penaltyMinutes: input.penaltyMinutes ?? 20,
    personalDurationMs: input.personalMinutes === undefined ? null : input.personalMinutes * 60_000,
    problems: input.problems.map((p) => ({ label: p.label, id: p.problem })),
  });
  if (issue) throw issueError(issue, labels);
  const found = await db.problem.findMany({
    where: { slug: { in: input.problems.map((p) => p.problem) } },
    select: { id: true, slug: true },
  });
  const idOf = new Map(found.map((p) => [p.slug, p.id]));
  const problems = input.problems.map((p, position) => {
    const problemId = idOf.get(p.problem);
    if (!problemId) {
      const field = `problems[${position}].problem`;
      throw new AppError("bad_request", `${field}: there is no problem called "${p.problem}".`, {
        reason: "problem_unknown",
        field,
      });
    }
    return { problemId, label: p.label, color: p.color ?? null, position };
  });
  const registration = input.registration ?? "staff";
  const inviteCode = registration === "code" ? generateJoinCode() : null;
  try {
    await db.contest.create({
      data: {
        slug: input.slug,
        title: input.title,
        format: input.format,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        freezeMinutes: input.freezeMinutes ?? null,
        thawAt: input.thawAt ?? null,
        penaltyMinutes: input.penaltyMinutes ?? 20,
        registration,
        inviteCode,
        isPublic: input.isPublic ?? true,
        personalMinutes: input.personalMinutes ?? null,
        hideBoardUntilEnd: input.hideBoardUntilEnd ?? false,
        submissionLimit: input.submissionLimit ?? null,
        submissionLimitMinutes: input.submissionLimitMinutes ?? 5,
        problems: { create: problems },
        jury: { create: { userId: actor.id } },
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", `A contest called "${input.slug}" already exists.`, {
        reason: "already_exists",
        field: "slug",
      });
    }
    throw error;
  }
  return { slug: input.slug, inviteCode };
}
