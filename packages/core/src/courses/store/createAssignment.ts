import type { PrismaClient } from "@arbiter/db/client";
import { hiddenTestDisclosureSchema, slugSchema } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { isUniqueViolation } from "../../users/isUniqueViolation";
import { parseRequest } from "../../zodMessages";
import { parseCreditTimeline } from "../parseCreditTimeline";
import { storedLateWindows } from "./assignmentTimeline";
import { requireCourse } from "./requireCourse";

/** What students may see of hidden tests in an assignment (see hidden-test disclosure). */
export const HIDDEN_TEST_POLICIES = hiddenTestDisclosureSchema.options;

export const assignmentSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty").max(200),
  description: z.string().max(50_000).optional(),
  counts: z.enum(["best", "last"], { error: 'must be "best" or "last"' }).optional(),
  /** What students see of hidden tests: verdict_only (the default), first_failure or per_test. */
  hiddenTests: hiddenTestDisclosureSchema.optional(),
  problems: z
    .array(
      z.object({
        problem: z.string().min(1).max(100),
        points: z.number().positive("must be more than 0").max(100_000),
      }),
    )
    .min(1, "must list at least one problem")
    .max(100),
});

/**
 * Creates an assignment in a course: problems with points, the credit timeline (opensAt
 * and dueAt may lie in the past), which submission counts. Every problem must exist and
 * be usable by the course (public, or the course's own); each may appear once.
 */
export async function createAssignment(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  body: unknown,
): Promise<{ slug: string }> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  const input = parseRequest(assignmentSchema, body);
  const timeline = parseCreditTimeline(body);
  if (!timeline.ok) {
    const first = timeline.issues[0];
    throw new AppError("bad_request", first?.message ?? "The late rule is malformed.", {
      reason: "invalid_field",
      ...(first?.field ? { field: first.field } : {}),
    });
  }
  const problemIds = await resolveProblems(
    db,
    course.id,
    input.problems.map((p) => p.problem),
  );
  try {
    await db.assignment.create({
      data: {
        courseId: course.id,
        slug: input.slug,
        title: input.title,
        description: input.description ?? "",
        opensAt: timeline.value.opensAt,
        dueAt: timeline.value.dueAt,
        late: storedLateWindows(timeline.value),
        afterLate: timeline.value.afterLate,
        counts: input.counts ?? "best",
        hiddenTestDisclosure: input.hiddenTests ?? "verdict_only",
        problems: {
          create: input.problems.map((p, position) => ({
            problemId: problemIds[position]!,
            points: p.points,
            position,
          })),
        },
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", `This course already has an assignment called "${input.slug}".`, {
        reason: "already_exists",
        field: "slug",
      });
    }
    throw error;
  }
  return { slug: input.slug };
}

/** Problem ids in the order given, or a 400 naming the first duplicate or unknown entry. */
async function resolveProblems(db: PrismaClient, courseId: string, slugs: string[]): Promise<string[]> {
  const rows = await db.problem.findMany({
    where: { slug: { in: slugs }, OR: [{ isPublic: true }, { courseId }] },
    select: { id: true, slug: true },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const seen = new Set<string>();
  return slugs.map((slug, i) => {
    const field = `problems[${i}].problem`;
    if (seen.has(slug)) {
      throw new AppError("bad_request", `${field}: "${slug}" is listed twice.`, { reason: "invalid_field", field });
    }
    seen.add(slug);
    const id = bySlug.get(slug);
    if (!id) {
      throw new AppError("bad_request", `${field}: there is no problem called "${slug}".`, {
        reason: "problem_unknown",
        field,
      });
    }
    return id;
  });
}
