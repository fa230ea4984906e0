import path from "node:path";
import { AppError, VERIFIER_EMAIL, type VerificationExampleReport, type VerificationReport } from "@arbiter/core";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "problem:verify <dir|zip> [--slug <slug>] | problem:verify --problem <slug>";

/**
 * Imports a package, checks its test inputs with its input validators and judges its
 * example submissions with the real judge, like Kattis's verifyproblem (or, with
 * `--problem`, verifies an imported problem's stored examples): prints a line per
 * validator (and per input it did not accept), then `result  verdict  file` per
 * submission with every rule it broke, and exits 1 if an input is invalid, a validator
 * fails, or a submission does not get what its package says it must.
 */
export const problemVerify: Command = {
  name: "problem:verify",
  usage,
  summary:
    "Import a package, validate its test inputs, judge everything in its submissions/ and check each gets what its folder, submissions.yaml or @EXPECTED_RESULTS@ says",
  async run(args, { db, env, print, warn }) {
    const { values, positionals } = parseCommandArgs(
      args,
      { slug: { type: "string" }, problem: { type: "string" } },
      packagePositionals(args),
      usage,
    );
    // Loaded here: the judge and Docker client would slow every other command's start.
    const [{ createDocker }, { verifyPackage, verifyStoredProblem }, { describeInputCheck, summarizeInputChecks }] =
      await Promise.all([
        import("@arbiter/sandbox"),
        import("../verify/verifyPackage"),
        import("../verify/describeInputCheck"),
      ]);

    let validators = 0;
    const hooks = {
      db,
      docker: createDocker(),
      onImported: (info: { slug: string; title: string; tests: number; groups: number; warnings: string[] }) => {
        for (const warning of info.warnings) warn(warning);
        print(`Imported "${info.title}" as ${info.slug}: ${info.tests} tests in ${info.groups} groups.`);
      },
      onInputCheck: (check: Parameters<typeof describeInputCheck>[0]) => {
        validators++;
        const { lines, warning } = describeInputCheck(check);
        if (warning) warn(warning);
        for (const line of lines) print(line);
      },
      onResult: (example: VerificationExampleReport) => {
        print(
          row(example.passed ? "ok" : "FAIL", example.verdict ?? "-", `submissions/${example.path}`, example.score),
        );
        for (const failure of example.failures) print(`          ${failure}`);
      },
    };

    let verification: VerificationReport;
    let inputFailure: string | null = null;
    if (values.problem !== undefined) {
      const problem = await db.problem.findUnique({ where: { slug: values.problem }, select: { id: true } });
      if (!problem) throw new AppError("not_found", `No problem "${values.problem}"`);
      verification = await verifyStoredProblem({ ...hooks, onJudging: () => printHeader(print) }, problem.id);
    } else {
      const packagePath = path.resolve(env.invocationDir, positionals[0] ?? "");
      const report = await verifyPackage(
        {
          ...hooks,
          onJudging: () => {
            if (validators === 0) warn("no input validators (input_validators/): the test inputs were not checked");
            printHeader(print);
          },
        },
        packagePath,
        { slug: values.slug },
      );
      verification = report.verification;
      inputFailure = summarizeInputChecks(report.inputChecks) ?? null;
    }

    const failed = verification.examples.filter((e) => !e.passed).length;
    const total = verification.examples.length;
    print(
      failed === 0
        ? `All ${total} submissions got what their package expects.`
        : `${failed} of ${total} submissions did not get what their package expects.`,
    );
    const { timing, timeLimitMs } = verification;
    if (timing.neededTimeLimitMs !== null && !timing.ok) {
      warn(
        `the time limit (${timeLimitMs} ms) is less than ${timing.acToTimeLimit} × the slowest run of a submission that must not time out (${timing.slowestLowerMs} ms): at least ${timing.neededTimeLimitMs} ms is safe`,
      );
    }
    if (inputFailure) print(inputFailure);
    return failed === 0 && !inputFailure ? 0 : 1;
  },
};

/** `--problem` verifies a stored problem and takes no package path; otherwise the path is required. */
function packagePositionals(args: readonly string[]): string[] {
  return args.includes("--problem") || args.some((a) => a.startsWith("--problem=")) ? [] : ["dir|zip"];
}

function printHeader(print: (line: string) => void): void {
  print(`Judging as ${VERIFIER_EMAIL}:`);
  print(row("result", "verdict", "file", null));
}

function row(result: string, verdict: string, file: string, score: number | null): string {
  const scored = score !== null ? ` (score ${score})` : "";
  return `${result.padEnd(6)}  ${verdict.padEnd(7)}  ${file}${scored}`;
}
