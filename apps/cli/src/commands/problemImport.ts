import path from "node:path";
import { importProblemPackage } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "problem:import <dir|zip> [--slug <slug>]";

/** Imports or replaces a problem package; warnings go to stderr, the slug is the last line of output. */
export const problemImport: Command = {
  name: "problem:import",
  usage,
  summary: "Import a Kattis/ICPC problem package, a folder or a .zip (re-importing replaces it)",
  async run(args, { db, env, print, warn }) {
    const { values, positionals } = parseCommandArgs(args, { slug: { type: "string" } }, ["dir|zip"], usage);
    const packagePath = path.resolve(env.invocationDir, positionals[0] ?? "");

    const result = await importProblemPackage(db, packagePath, { slug: values.slug });
    for (const warning of result.warnings) warn(warning);
    const action = result.created ? "Imported" : "Re-imported (replacing the previous version)";
    print(`${action} "${result.title}" with ${result.tests} tests in ${result.groups} groups.`);
    print(result.slug);
  },
};
