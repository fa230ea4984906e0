import type { PrismaClient } from "@arbiter/db/client";
import type { Verdict } from "@arbiter/shared";
import { requireCourse } from "../../courses/store/requireCourse";
import { enqueueWithinTimeout } from "../../enqueueWithinTimeout";
import { AppError } from "../../errors";
import { recordSubmission } from "../../lifecycle/recordSubmission";
import { can, type Actor } from "../../permissions/can";
import { enqueueSubmission, type JudgeQueue } from "../../queue";
import { ensureVerifierUser } from "../../users/ensureVerifierUser";
import { resolveSlug } from "../importProblemPackage";
import { isProblemPackageError } from "../package/ProblemPackageError";
import { readProblemPackage, type ProblemPackage } from "../package/readProblemPackage";
import { saveProblemPackage } from "../saveProblemPackage";
import { problemResource } from "./problemAccess";
import { planVerification } from "./planVerification";

export interface UploadProblemInput {
  /** The zip as received (see `receivePackageUpload`). */
  zipPath: string;
  slug: string;
  /** Upload into this course (private to it until published); the archive otherwise. */
  course?: string | undefined;
}

export interface UploadProblemResult {
  slug: string;
  title: string;
  tests: number;
  groups: number;
  /** False when an existing problem was replaced. */
  created: boolean;
  /** What the package says that Arbiter ignores or approximates, and shipped submissions not verified. */
  warnings: string[];
  /** The shipped submissions now queued for judging. */
  verification: { file: string; expected: Verdict; submissionId: string }[];
}

/**
 * The web's package upload: the same reading and checks as `arbiter problem:import`
 * (so the same messages), then one transaction that saves the problem (new ones private:
 * to the course, or to their author in the archive, until published) and records each
 * shipped submission as a verification run; the runs are enqueued after the commit, and
 * the reconciler picks up any the queue missed. A bad package is a 400 with the
 * importer's message and writes nothing. Re-uploading a slug replaces that problem, for
 * those who may edit it; anyone else gets a 409.
 */
export async function uploadProblemPackage(
  db: PrismaClient,
  queue: JudgeQueue,
  actor: Actor,
  input: UploadProblemInput,
): Promise<UploadProblemResult> {
  const slug = packageStep(() => resolveSlug(input.zipPath, input.slug), "slug");
  const courseId = await authorizeUpload(db, actor, slug, input.course);
  const pkg: ProblemPackage = await packageStepAsync(() => readProblemPackage(input.zipPath));

  const installed = new Set((await db.runtime.findMany({ select: { language: true } })).map((r) => r.language));
  const plan = planVerification(pkg.submissions, installed);
  const verifierId = plan.runs.length > 0 ? await ensureVerifierUser(db) : null;
  const verification: UploadProblemResult["verification"] = [];
  const now = new Date();

  const { created } = await saveProblemPackage(db, pkg, slug, {
    newProblem: { courseId, isPublic: false, authorId: actor.id },
    inTransaction: async (tx, problemId) => {
      verification.length = 0; // a retried transaction starts over
      await tx.packageVerification.deleteMany({ where: { problemId } });
      for (const run of plan.runs) {
        const { id } = await recordSubmission(tx, {
          userId: verifierId!,
          problemId,
          language: run.language,
          source: run.source,
          createdAt: now,
          place: { kind: "practice" },
        });
        await tx.packageVerification.create({
          data: { problemId, file: run.rel, expected: run.expected, submissionId: id },
        });
        verification.push({ file: run.rel, expected: run.expected, submissionId: id });
      }
    },
  });
  for (const run of verification) {
    await enqueueWithinTimeout(enqueueSubmission(db, queue, run.submissionId, "submit"));
  }
  return {
    slug,
    title: pkg.title,
    tests: pkg.tests.length,
    groups: pkg.groups.length,
    created,
    warnings: [...pkg.warnings, ...plan.warnings],
    verification,
  };
}

/**
 * May `actor` upload under `slug` (into `course`)? Returns the course id the problem has
 * or gets. An existing slug must be a problem the actor may edit (in that course, when
 * one is named); it keeps its course. A new one needs the course's instructor, or an
 * instructor's right to add to the archive. The web asks before it reads the body, so
 * nobody without the right gets to send 128 MiB; `uploadProblemPackage` asks again.
 */
export async function authorizeUpload(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  course: string | undefined,
): Promise<string | null> {
  packageStep(() => resolveSlug(`${slug}.zip`, slug), "slug");
  const target = course ? (await requireCourse(db, actor, course, "course.manage")).course : null;
  const existing = await db.problem.findUnique({
    where: { slug },
    select: { id: true, isPublic: true, courseId: true, authorId: true },
  });
  if (existing) {
    const mayReplace =
      can(actor, "problem.edit", await problemResource(db, actor, existing)) &&
      (target === null || existing.courseId === target.id);
    if (!mayReplace) {
      throw new AppError("conflict", `A problem called "${slug}" already exists: choose another slug.`, {
        reason: "already_exists",
        field: "slug",
      });
    }
    return existing.courseId;
  }
  if (!target && !can(actor, "problem.import", { kind: "site" })) {
    throw new AppError("forbidden", "Only instructors may add problems to the archive; upload it into your course.");
  }
  return target?.id ?? null;
}

/** Runs an importer step, turning its package error into a 400 with the importer's own message. */
function packageStep<T>(step: () => T, field?: string): T {
  try {
    return step();
  } catch (error) {
    throw asBadPackage(error, field);
  }
}

async function packageStepAsync<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw asBadPackage(error);
  }
}

function asBadPackage(error: unknown, field?: string): unknown {
  if (!isProblemPackageError(error)) return error;
  return new AppError("bad_request", error.message, { reason: "package_invalid", ...(field ? { field } : {}) });
}
