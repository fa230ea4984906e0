import { AppError, createApiToken, findUserByEmail } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import { UsageError } from "../usage";
import type { Command } from "./command";

const usage = "token:create <email> [--name <label>] [--expires-days <n>]";

/** Issues an API token; the token is the last line of output so scripts can `tail -n1`. */
export const tokenCreate: Command = {
  name: "token:create",
  usage,
  summary: "Create an API token for an account (printed once, as the last line)",
  async run(args, { db, print }) {
    const { values, positionals } = parseCommandArgs(
      args,
      { name: { type: "string" }, "expires-days": { type: "string" } },
      ["email"],
      usage,
    );
    const email = positionals[0] ?? "";
    const days = values["expires-days"];
    if (days !== undefined && !/^\d+$/.test(days)) throw new UsageError("--expires-days takes a whole number", usage);
    const user = await findUserByEmail(db, email);
    if (!user) throw new AppError("not_found", `No account with the email ${email.trim().toLowerCase()}`);

    const { token, expiresAt } = await createApiToken(
      db,
      user.id,
      values.name,
      days === undefined ? {} : { expiresInDays: Number(days) },
    );
    const until = expiresAt ? `, valid until ${expiresAt.toISOString()}` : "";
    print(
      `API token${values.name ? ` "${values.name}"` : ""} for ${user.email}${until}. Store it now: it cannot be shown again.`,
    );
    print(token);
  },
};
