import type { PrismaClient } from "@arbiter/db/client";
import { requireCourse } from "../../courses/store/requireCourse";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import type { JudgeQueue } from "../../queue";
import { resolveSlug, type ImportProblemResult } from "../importProblemPackage";
import { isProblemPackageError } from "../package/ProblemPackageError";
import { readProblemPackage, type ProblemPackage } from "../package/readProblemPackage";
import { saveProblemPackage } from "../saveProblemPackage";
import { requestProblemVerification } from "../verification/requestProblemVerification";
import { problemResource } from "./problemAccess";

export interface UploadProblemInput {
  /** The zip as received (see `receivePackageUpload`). */
  zipPath: string;
  slug: string;
  /** Upload into this course (private to it until published); the archive otherwise. */
  course?: string | undefined;
}

/** What `arbiter problem:import` reports, and the verification the upload started. */
export interface UploadProblemResult extends ImportProblemResult {
  /** The verification started for the package's example submissions (none: it shipped none). */
  verification: { id: string; submissionIds: string[] } | null;
}

/**
 * The web's package upload: the same reading and checks as `arbiter problem:import`
 * (so the same messages), then one transaction that saves the problem (new ones private:
 * to the course, or to their author in the archive, until published) with its example
 * submissions; after the commit a verification judges the examples through the queue. A bad package is a 400 with the
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

  const { created, problemId } = await saveProblemPackage(db, pkg, slug, {
    newProblem: { courseId, isPublic: false, authorId: actor.id },
  });
  // The examples were saved with the problem: judge them through the queue, behind students.
  const started = pkg.submissions.length > 0 ? await requestProblemVerification(db, queue, problemId) : null;
  return {
    slug,
    title: pkg.title,
    tests: pkg.tests.length,
    groups: pkg.groups.length,
    created,
    warnings: pkg.warnings,
    verification: started && { id: started.verificationId, submissionIds: started.submissionIds },
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
