import { AppError, findUserByEmail, listApiTokens } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "token:list <email>";

/** One line per token, tab-separated: id, name, created, last used, expires (never the token). */
export const tokenList: Command = {
  name: "token:list",
  usage,
  summary: "List an account's API tokens (id, name, created, last used, expires)",
  async run(args, { db, print }) {
    const { positionals } = parseCommandArgs(args, {}, ["email"], usage);
    const email = positionals[0] ?? "";
    const user = await findUserByEmail(db, email);
    if (!user) throw new AppError("not_found", `No account with the email ${email.trim().toLowerCase()}`);
    const tokens = await listApiTokens(db, user.id);
    if (tokens.length === 0) return void print(`${user.email} has no API tokens.`);
    const now = Date.now();
    for (const t of tokens) {
      const expires = t.expiresAt
        ? `${t.expiresAt.getTime() <= now ? "expired " : "expires "}${t.expiresAt.toISOString()}`
        : "never expires";
      const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : "never used";
      print([t.id, t.name || "(no name)", `created ${t.createdAt.toISOString()}`, used, expires].join("\t"));
    }
  },
};
