import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { getProblemVerification } from "@arbiter/core";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const MAIN = path.join(ROOT, "apps/cli/src/main.ts");
const APLUSB = path.join(ROOT, "infra/demo/problems/aplusb");

const run = randomBytes(4).toString("hex");
const prefix = `itest-verify-${run}`;

/** Runs `problem:verify` through tsx, as operators do; it judges with the real sandbox. */
async function verify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.INIT_CWD;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", MAIN, "problem:verify", ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

let db: PrismaClient;
let base: string;

beforeAll(async () => {
  db = createPrismaClient();
  base = await mkdtemp(path.join(tmpdir(), "arbiter-verify-"));
});

afterAll(async () => {
  const where = { problem: { slug: { startsWith: prefix } } };
  await db.submission.deleteMany({ where });
  await db.problem.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

describe("problem:verify", () => {
  it(
    "judges every submission of aplusb with the real judge and finds the expected verdicts",
    { timeout: 600_000 },
    async () => {
      const slug = `${prefix}-aplusb`;
      const result = await verify(APLUSB, "--slug", slug);
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);

      const lines = result.stdout.trimEnd().split("\n");
      // The input validator checks every test input before any submission is judged.
      expect(lines.slice(0, 4)).toEqual([
        `Imported "A+B" as ${slug}: 10 tests in 2 groups.`,
        "input_validators/validate.py: 10 of 10 inputs valid",
        "Judging as verifier@arbiter.local:",
        "result  verdict  file",
      ]);
      expect(result.stderr).toBe("");
      const rows = lines.slice(4, -1).map((line) => line.split(/\s+/).slice(0, 3));
      expect(rows).toEqual([
        ["ok", "AC", "submissions/accepted/aplusb.cpp"],
        ["ok", "AC", "submissions/accepted/aplusb.py"],
        ["ok", "RE", "submissions/run_time_error/one_line.py"],
        ["ok", "RE", "submissions/run_time_error/split_at_space.cpp"],
        ["ok", "TLE", "submissions/time_limit_exceeded/count_up.cpp"],
        ["ok", "TLE", "submissions/time_limit_exceeded/count_up.py"],
        ["ok", "WA", "submissions/wrong_answer/absolute.py"],
        ["ok", "WA", "submissions/wrong_answer/overflow.c"],
      ]);
      expect(lines.at(-1)).toBe("All 8 submissions got what their package expects.");

      // The verification is stored for the web to show, each example with its submission.
      const problem = await db.problem.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const verification = await getProblemVerification(db, problem.id);
      expect(verification).toMatchObject({ passed: true, timing: { ok: true } });
      expect(verification?.examples.map((e) => [e.path, e.passed])).toEqual(rows.map((r) => [r[2]?.slice(12), true]));

      // The submissions are real rows of the verifier account, judged and kept for inspection.
      const stored = await db.submission.findMany({
        where: { problem: { slug } },
        select: { status: true, verdict: true, user: { select: { email: true, role: true, passwordHash: true } } },
      });
      expect(stored).toHaveLength(8);
      for (const s of stored) {
        expect(s).toMatchObject({
          status: "done",
          user: { email: "verifier@arbiter.local", role: "admin", passwordHash: null },
        });
      }
    },
  );

  it("exits 1 and marks the row when a submission gets another verdict", { timeout: 300_000 }, async () => {
    const pkg = path.join(base, "mislabelled");
    await cp(APLUSB, pkg, { recursive: true });
    await rm(path.join(pkg, "submissions"), { recursive: true });
    await cp(
      path.join(APLUSB, "submissions/wrong_answer/absolute.py"),
      path.join(pkg, "submissions/accepted/absolute.py"),
    );
    // Without input validators too: that is worth a warning, not a failure.
    await rm(path.join(pkg, "input_validators"), { recursive: true });

    const result = await verify(pkg, "--slug", `${prefix}-mislabelled`);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("Warning: no input validators (input_validators/): the test inputs were not checked\n");
    const lines = result.stdout.trimEnd().split("\n");
    const row = lines.findIndex((l) => l.startsWith("FAIL"));
    expect(lines.slice(row)).toEqual([
      "FAIL    WA       submissions/accepted/absolute.py (score 70)",
      "          secret/2 got WA; permitted: AC (accepted/ (the format's default))",
      "1 of 1 submissions did not get what their package expects.",
    ]);
  });

  it(
    "exits 1 naming a test input the validator rejects, skips what it cannot run, and still judges",
    { timeout: 300_000 },
    async () => {
      const pkg = path.join(base, "broken-input");
      const slug = `${prefix}-broken-input`;
      await cp(APLUSB, pkg, { recursive: true });
      await rm(path.join(pkg, "submissions"), { recursive: true });
      await cp(path.join(APLUSB, "submissions/accepted/aplusb.py"), path.join(pkg, "submissions/accepted/aplusb.py"));
      // Out of the statement's bounds, though the answer (1) is still right.
      await writeFile(path.join(pkg, "data/secret/5.in"), "2000000001 -2000000000\n");
      await writeFile(
        path.join(pkg, "input_validators/format.ctd"),
        "INT(-2000000000, 2000000000) SPACE INT(-2000000000, 2000000000)\n",
      );

      const result = await verify(pkg, "--slug", slug);
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
      expect(result.stdout.trimEnd().split("\n")).toEqual([
        `Imported "A+B" as ${slug}: 10 tests in 2 groups.`,
        "input_validators/validate.py: 9 of 10 inputs valid",
        "  data/secret/5.in: invalid: a = 2000000001 is out of range (|a| <= 2*10^9)",
        "Judging as verifier@arbiter.local:",
        "result  verdict  file",
        "ok      AC       submissions/accepted/aplusb.py (score 100)",
        "All 1 submissions got what their package expects.",
        "Input validation failed: 1 invalid input.",
      ]);
      expect(result.stderr).toBe(
        "Warning: input_validators/format.ctd: skipped (checktestdata is not installed); the inputs were not checked with it\n",
      );
    },
  );

  // One demo package per feature of the format (issue 12); each row is [result, verdict, file, score].
  const FEATURE_DEMOS: [name: string, rows: string[][]][] = [
    [
      // The second wrong answer is right on every first pass: only a real second pass catches it.
      "multi-pass-increment",
      [
        ["ok", "AC", "submissions/accepted/count_up.py", "100"],
        ["ok", "WA", "submissions/wrong_answer/count_up_twice.py", "0"],
        ["ok", "WA", "submissions/wrong_answer/stops_at_1000.py", "0"],
      ],
    ],
    [
      // 50 points per test from the Python validator's score.txt (1 per test without it).
      "closest-score",
      [
        ["ok", "AC", "submissions/accepted/square.py", "100"],
        ["ok", "WA", "submissions/wrong_answer/zero.py", "0"],
      ],
    ],
    [
      // Four groups of 10 points, two of them two levels below secret/, one made of links;
      // submissions.yaml and @EXPECTED_RESULTS@ say what the wrong answers must get.
      "nested-groups",
      [
        ["ok", "AC", "submissions/accepted/sum_all.py", "40"],
        // Checked by its @EXPECTED_RESULTS@ and @EXPECTED_SCORE@ lines, and the other by submissions.yaml's group rules.
        ["ok", "WA", "submissions/other/first_three.py", "20"],
        ["ok", "WA", "submissions/wrong_answer/first_two.py", "20"],
      ],
    ],
    [
      "sample-only",
      [
        ["ok", "AC", "submissions/accepted/hello.py", "100"],
        ["ok", "WA", "submissions/wrong_answer/always_world.py", "0"],
      ],
    ],
    [
      "header-validator",
      [
        ["ok", "AC", "submissions/accepted/one_and_rest.py", "100"],
        ["ok", "WA", "submissions/wrong_answer/zero_and_all.py", "0"],
      ],
    ],
  ];

  it.each(FEATURE_DEMOS)("verifies the demo package %s", { timeout: 600_000 }, async (name, expected) => {
    const result = await verify(path.join(ROOT, "infra/demo/problems", name), "--slug", `${prefix}-${name}`);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const table = lines.indexOf("result  verdict  file");
    const rows = lines
      .slice(table + 1, -1)
      .map((line) => /^(\S+)\s+(\S+)\s+(\S+) \(score ([\d.]+)\)$/.exec(line)?.slice(1) ?? [line]);
    expect(rows).toEqual(expected);
    expect(lines.at(-1)).toBe(`All ${expected.length} submissions got what their package expects.`);
  });

  it("refuses a package without submissions", async () => {
    const pkg = path.join(base, "empty");
    await cp(APLUSB, pkg, { recursive: true });
    await rm(path.join(pkg, "submissions"), { recursive: true });
    const result = await verify(pkg, "--slug", `${prefix}-empty`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Nothing to verify/);
    expect(await db.problem.count({ where: { slug: `${prefix}-empty` } })).toBe(0);
  });
});
