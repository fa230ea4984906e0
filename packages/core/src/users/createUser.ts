import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { roleSchema, type Role } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../errors";
import { normalizeEmail } from "./email";
import { isUniqueViolation } from "./isUniqueViolation";
import { hashPassword } from "./password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./passwordRules";

export interface CreateUserInput {
  email: string;
  /** Display name; defaults to the part of the email before "@". */
  name?: string;
  role: Role;
  /** Omit for an account that cannot sign in with a password (API tokens only). */
  password?: string;
}

export interface CreateUserOptions {
  /**
   * Accept passwords shorter than 8 characters. Only for the local demo accounts
   * (password "arbiter"); never for accounts people create.
   */
  allowShortPassword?: boolean;
}

const createUserSchema = z.object({
  email: z
    .string()
    .transform(normalizeEmail)
    .pipe(
      z.email({ error: "is not a valid email address" }).max(254, { error: "is too long (at most 254 characters)" }),
    ),
  name: z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(100, { error: "is too long (at most 100 characters)" })
    // PostgreSQL text cannot hold NUL; say so instead of failing in the driver.
    .refine((s) => !s.includes("\u0000"), { error: "must not contain NUL characters" })
    .optional(),
  role: z.enum(roleSchema.options, { error: `must be one of ${roleSchema.options.join(", ")}` }),
  password: z
    .string()
    .min(1, { error: "must not be empty" })
    .max(MAX_PASSWORD_LENGTH, { error: `is too long (at most ${MAX_PASSWORD_LENGTH} characters)` })
    .optional(),
});

/**
 * Creates an account. The email is stored trimmed and lower-cased; the password,
 * if any, only as an scrypt hash. Throws `AppError("bad_request")` for invalid
 * input or an email that is already registered.
 */
export async function createUser(
  db: PrismaClient,
  input: CreateUserInput,
  options: CreateUserOptions = {},
): Promise<User> {
  const parsed = createUserSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new AppError("bad_request", describeIssue(parsed.error));
  const { email, name, role, password } = parsed.data;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH && !options.allowShortPassword) {
    throw new AppError("bad_request", `Invalid password: must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }

  // Checked first for a clear message; the unique index still decides under a race.
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken(email);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name: name ?? email.split("@")[0] ?? email, role, passwordHash } });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email);
    throw error;
  }
}

function emailTaken(email: string): AppError {
  return new AppError("bad_request", `An account with the email ${email} already exists`);
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "input";
  if (issue?.code === "invalid_type" && issue.input === undefined) return `Missing ${field}`;
  return `Invalid ${field}: ${issue?.message ?? "malformed"}`;
}
