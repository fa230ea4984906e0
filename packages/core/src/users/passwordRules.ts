import { z } from "zod";

/** Shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 8;
/** Far beyond real passwords; it only caps the hashing work one request can ask for. */
export const MAX_PASSWORD_LENGTH = 1024;

/** A new password chosen by a person, with messages written for the form they fill in. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `That password is too long (at most ${MAX_PASSWORD_LENGTH} characters).` });
