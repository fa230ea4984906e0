import type { PrismaClient } from "@arbiter/db/client";
import { slugSchema } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import { isUniqueViolation } from "../../users/isUniqueViolation";
import { parseRequest } from "../../zodMessages";
import { generateJoinCode } from "../joinCode";

export const createCourseSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(1, "must not be empty").max(200),
  term: z.string().trim().max(100).optional(),
  description: z.string().max(20_000).optional(),
  /** Section names ("Lab B"); members and roster rows may name only these. */
  sections: z
    .array(z.string().trim().min(1, "must not be empty").max(100))
    .max(200)
    .refine((names) => new Set(names).size === names.length, "must not name a section twice")
    .optional(),
});

/** Creates a course with a fresh join code; its creator becomes its first instructor. */
export async function createCourse(
  db: PrismaClient,
  actor: Actor,
  body: unknown,
): Promise<{ slug: string; joinCode: string }> {
  if (!can(actor, "course.create", { kind: "site" })) {
    throw new AppError("forbidden", "Only instructors and admins can create courses.");
  }
  const input = parseRequest(createCourseSchema, body);
  const joinCode = generateJoinCode();
  try {
    await db.course.create({
      data: {
        slug: input.slug,
        title: input.title,
        term: input.term ?? "",
        description: input.description ?? "",
        joinCode,
        members: { create: { userId: actor.id, role: "instructor" } },
        sections: { create: (input.sections ?? []).map((name) => ({ name })) },
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", `A course called "${input.slug}" already exists.`, {
        reason: "already_exists",
        field: "slug",
      });
    }
    throw error;
  }
  return { slug: input.slug, joinCode };
}
