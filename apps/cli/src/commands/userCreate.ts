import { createUser } from "@arbiter/core";
import { roleSchema } from "@arbiter/shared";
import { parseCommandArgs } from "../args";
import { UsageError } from "../usage";
import type { Command } from "./command";

const usage = "user:create <email> --role student|instructor|admin [--password <pw>] [--name <name>]";

/** Creates an account; without --password it can only use API tokens. */
export const userCreate: Command = {
  name: "user:create",
  usage,
  summary: "Create an account (the password ends up in shell history: rotate it after use)",
  async run(args, { db, print }) {
    const { values, positionals } = parseCommandArgs(
      args,
      { role: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
      ["email"],
      usage,
    );
    if (values.role === undefined) throw new UsageError("Missing --role", usage);
    const role = roleSchema.safeParse(values.role);
    if (!role.success) throw new UsageError(`--role must be one of ${roleSchema.options.join(", ")}`, usage);

    const user = await createUser(db, {
      email: positionals[0] ?? "",
      role: role.data,
      name: values.name,
      password: values.password,
    });
    print(
      `Created ${user.role} account ${user.email} (${user.name})${user.passwordHash ? "" : " without a password: API tokens only"}.`,
    );
  },
};
