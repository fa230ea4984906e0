import path from "node:path";
import { VERIFIER_EMAIL } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { VerifyResult } from "../verify/verifyPackage";
import type { Command } from "./command";

const usage = "problem:verify <dir|zip> [--slug <slug>]";

/**
 * Imports a package, checks its test inputs with its input validators and judges its
 * example submissions with the real judge, like Kattis's verifyproblem: prints a line
 * per validator (and per input it did not accept), then `expected  actual  file` per
 * submission, and exits 1 if an input is invalid, a validator fails, or a verdict
 * differs from what its directory expects.
 */
export const problemVerify: Command = {
  name: "problem:verify",
  usage,
  summary:
    "Import a package, validate its test inputs, judge everything in its submissions/ and check each gets the verdict its folder names",
  async run(args, { db, env, print, warn }) {
    const { values, positionals } = parseCommandArgs(args, { slug: { type: "string" } }, ["dir|zip"], usage);
    const packagePath = path.resolve(env.invocationDir, positionals[0] ?? "");
    // Loaded here: the judge and Docker client would slow every other command's start.
    const [{ createDocker }, { verifyPackage }, { describeInputCheck, summarizeInputChecks }] = await Promise.all([
      import("@arbiter/sandbox"),
      import("../verify/verifyPackage"),
      import("../verify/describeInputCheck"),
    ]);

    let validators = 0;
    const { inputChecks, submissions: results } = await verifyPackage(
      {
        db,
        docker: createDocker(),
        onImported: (info) => {
          for (const warning of info.warnings) warn(warning);
          print(`Imported "${info.title}" as ${info.slug}: ${info.tests} tests in ${info.groups} groups.`);
        },
        onInputCheck: (check) => {
          validators++;
          const { lines, warning } = describeInputCheck(check);
          if (warning) warn(warning);
          for (const line of lines) print(line);
        },
        onJudging: () => {
          if (validators === 0) warn("no input validators (input_validators/): the test inputs were not checked");
          print(`Judging as ${VERIFIER_EMAIL}:`);
          print(row("expected", "actual", "file"));
        },
        onResult: (result) => {
          print(row(result.expected, result.actual, result.file, result));
          if (result.detail) print(`          ${result.detail}`);
        },
      },
      packagePath,
      { slug: values.slug },
    );

    const failed = results.filter((r) => r.actual !== r.expected).length;
    print(
      failed === 0
        ? `All ${results.length} submissions got the expected verdict.`
        : `${failed} of ${results.length} submissions did not get the expected verdict.`,
    );
    const inputFailure = summarizeInputChecks(inputChecks);
    if (inputFailure) print(inputFailure);
    return failed === 0 && !inputFailure ? 0 : 1;
  },
};

function row(expected: string, actual: string, file: string, result?: VerifyResult): string {
  const mark = result && result.actual !== result.expected ? "  <- mismatch" : "";
  const score = result?.score !== null && result?.score !== undefined ? ` (score ${result.score})` : "";
  return `${expected.padEnd(8)}  ${actual.padEnd(6)}  ${file}${score}${mark}`;
}
