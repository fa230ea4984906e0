import path from "node:path";
import { exportProblemToDir, exportProblemToZip } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "problem:export <slug> <dir|file.zip>";

/** Writes a problem as a Kattis-format package; the path written is the last line of output. */
export const problemExport: Command = {
  name: "problem:export",
  usage,
  summary: "Export a problem as a Kattis/ICPC package: a new folder, or a .zip",
  async run(args, { db, env, print }) {
    const { positionals } = parseCommandArgs(args, {}, ["slug", "dir|file.zip"], usage);
    const slug = positionals[0] ?? "";
    const target = path.resolve(env.invocationDir, positionals[1] ?? "");

    const zip = target.toLowerCase().endsWith(".zip");
    const result = zip ? await exportProblemToZip(db, slug, target) : await exportProblemToDir(db, slug, target);
    print(`Exported ${result.slug} (${result.files} files) to ${zip ? "the zip" : "the folder"}:`);
    print(target);
  },
};
