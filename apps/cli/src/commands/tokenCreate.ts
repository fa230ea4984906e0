import { AppError, createApiToken, findUserByEmail } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "token:create <email> [--name <label>]";

/** Issues an API token; the token is the last line of output so scripts can `tail -n1`. */
export const tokenCreate: Command = {
  name: "token:create",
  usage,
  summary: "Create an API token for an account (printed once, as the last line)",
  async run(args, { db, print }) {
    const { values, positionals } = parseCommandArgs(args, { name: { type: "string" } }, ["email"], usage);
    const email = positionals[0] ?? "";
    const user = await findUserByEmail(db, email);
    if (!user) throw new AppError("not_found", `No account with the email ${email.trim().toLowerCase()}`);

    const { token } = await createApiToken(db, user.id, values.name);
    print(
      `API token${values.name ? ` "${values.name}"` : ""} for ${user.email}. Store it now: it cannot be shown again.`,
    );
    print(token);
  },
};
