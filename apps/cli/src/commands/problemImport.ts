import path from "node:path";
import { importProblemFromDir } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "problem:import <dir> [--slug <slug>]";

/** Imports or replaces a problem package; the slug is the last line of output. */
export const problemImport: Command = {
  name: "problem:import",
  usage,
  summary: "Import a Kattis/ICPC problem package folder (re-importing replaces it)",
  async run(args, { db, env, print }) {
    const { values, positionals } = parseCommandArgs(args, { slug: { type: "string" } }, ["dir"], usage);
    const dir = path.resolve(env.invocationDir, positionals[0] ?? "");

    const result = await importProblemFromDir(db, dir, { slug: values.slug });
    const action = result.created ? "Imported" : "Re-imported (replacing the previous version)";
    print(`${action} "${result.title}" with ${result.tests} tests.`);
    print(result.slug);
  },
};
