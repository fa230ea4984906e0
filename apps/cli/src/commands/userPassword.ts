import { setPassword } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "user:password <email> [--password <pw>]";

/**
 * The password reset: there is no mail server to send a link, so an admin sets a new
 * password (or lets one be generated, which keeps it out of shell history) and hands it
 * over. A generated password is the last line of output, like a token.
 */
export const userPassword: Command = {
  name: "user:password",
  usage,
  summary: "Reset an account's password (generated unless --password is given) and sign it out everywhere",
  async run(args, { db, print }) {
    const { values, positionals } = parseCommandArgs(args, { password: { type: "string" } }, ["email"], usage);
    const reset = await setPassword(db, positionals[0] ?? "", values.password);
    const sessions = `${reset.sessionsEnded} browser session${reset.sessionsEnded === 1 ? "" : "s"} ended`;
    print(`New password set for ${reset.user.email}; ${sessions}. API tokens still work.`);
    if (reset.generated) {
      print("Give this password to its owner (it is not stored anywhere) and ask them to change it:");
      print(reset.password);
    }
  },
};
