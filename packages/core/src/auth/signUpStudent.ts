import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../errors";
import { createUser } from "../users/createUser";
import { findUserByEmail } from "../users/findUserByEmail";
import { hashPassword } from "../users/password";
import { newPasswordSchema } from "../users/passwordRules";

/**
 * The sign-up form's fields, with messages written for the person filling it in.
 * Exported so the web form can show each message next to its field.
 */
export const signUpSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Enter your email address." })
    .max(254, { error: "That email address is too long." })
    .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." })),
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter your name." })
    .max(100, { error: "Your name can be at most 100 characters." })
    .refine((s) => !s.includes("\u0000"), { error: "Your name contains a character we cannot store." }),
  password: newPasswordSchema,
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** Shown for a taken email (and nothing else) without saying that it is taken. */
export const SIGN_UP_REFUSED =
  "We could not create an account with these details. If you already have an account, sign in instead.";

/**
 * Creates a student account from the sign-up form (everyone who signs up is a student;
 * instructors are made with the CLI). Throws `AppError("bad_request")` with a
 * plain-language message for invalid input, and `AppError("conflict")` with
 * `SIGN_UP_REFUSED` when the email is taken: the message does not say so, and a taken
 * email costs the same password hashing as a new one, so neither the words nor the
 * time tell which emails are registered. (Without mail, that a sign-up did not go
 * through still hints at it; the per-address sign-up limit caps how often anyone can ask.)
 */
export async function signUpStudent(db: PrismaClient, input: SignUpInput): Promise<User> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Check the form.");
  const { email, name, password } = parsed.data;
  if (await findUserByEmail(db, email)) {
    await hashPassword(password); // as long as creating the account would take
    throw new AppError("conflict", SIGN_UP_REFUSED);
  }
  // createUser's unique index still decides when two sign-ups race for one email.
  return createUser(db, { email, name, password, role: "student" });
}
