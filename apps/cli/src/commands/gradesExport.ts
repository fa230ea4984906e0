import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportCourseGrades } from "@arbiter/core/courses";
import { parseCommandArgs } from "../args";
import { UsageError } from "../usage";
import type { Command } from "./command";

const usage = "grades:export <course> [<assignment>] [--format wide|long|canvas] [--out <file>]";
const options = { format: { type: "string" }, out: { type: "string" } } as const;
const FORMATS = ["wide", "long", "canvas"] as const;

/**
 * The gradebook as CSV, as the web's export gives it: one assignment (wide, long or
 * Canvas layout) or the whole course (a column per assignment). To stdout, or to --out.
 * The operator acts with an admin's rights: this reads the database directly.
 */
export const gradesExport: Command = {
  name: "grades:export",
  usage,
  summary: "Export a course's or an assignment's grades as CSV (Canvas and Moodle import it)",
  async run(args, { db, print }) {
    const hasAssignment = parseArgs({ args, options, allowPositionals: true, strict: false }).positionals.length > 1;
    const { values, positionals } = parseCommandArgs(
      args,
      options,
      hasAssignment ? ["course", "assignment"] : ["course"],
      usage,
    );
    const format = values.format ?? "wide";
    if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`, usage);
    const operator = { id: "cli-operator", role: "admin" as const };
    const csv = await exportCourseGrades(db, operator, positionals[0] ?? "", positionals[1] ?? null, format);
    if (values.out) {
      writeFileSync(values.out, csv);
      print(`Grades written to ${values.out}.`);
    } else {
      process.stdout.write(csv);
    }
  },
};

function isFormat(value: string): value is (typeof FORMATS)[number] {
  return (FORMATS as readonly string[]).includes(value);
}
