import { AppError, findUserByEmail, revokeAllApiTokens, revokeApiToken } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "token:revoke <email> <token-id | all>";

/** Revokes one token (its id from token:list) or all of an account's; requests with them get 401 at once. */
export const tokenRevoke: Command = {
  name: "token:revoke",
  usage,
  summary: "Revoke one API token of an account (id from token:list), or all of them",
  async run(args, { db, print }) {
    const { positionals } = parseCommandArgs(args, {}, ["email", "token-id"], usage);
    const [email = "", tokenId = ""] = positionals;
    const user = await findUserByEmail(db, email);
    if (!user) throw new AppError("not_found", `No account with the email ${email.trim().toLowerCase()}`);
    if (tokenId === "all") {
      const count = await revokeAllApiTokens(db, user.id);
      return void print(`Revoked ${count} API token${count === 1 ? "" : "s"} of ${user.email}.`);
    }
    await revokeApiToken(db, user.id, tokenId);
    print(`Revoked API token ${tokenId} of ${user.email}.`);
  },
};
