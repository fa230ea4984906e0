/**
 * Through the public REST API against the built web app and a real judge worker
 * (started by infra/scripts/test.sh): programs that must get AC, WA, TLE, RE and CE on
 * the seeded A+B (2 sample + 8 hidden tests), with every stored per-test verdict checked,
 * and a correct A+B in every installed language.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGE_IDS, submissionViewSchema, type SubmissionView, type Verdict } from "@arbiter/shared";
import { APLUSB_SOLUTIONS } from "@arbiter/judge/testing";

const baseUrl = process.env.ARBITER_BASE_URL ?? "http://127.0.0.1:3100";
const repoRoot = path.resolve(import.meta.dirname, "../../..");
let token = "";
let languagesToken = "";

const cli = (...args: string[]): string =>
  execFileSync("npx", ["tsx", "apps/cli/src/main.ts", ...args], { cwd: repoRoot, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1) ?? "";

/** A fresh student per test group: each stays within the per-user submission rate limit. */
function newStudentToken(): string {
  const email = `e2e-judging-${randomUUID().slice(0, 8)}@arbiter.local`;
  cli("user:create", email, "--role", "student");
  const created = cli("token:create", email);
  expect(created).toMatch(/^arb_/);
  return created;
}

beforeAll(() => {
  token = newStudentToken();
  languagesToken = newStudentToken();
});

async function submit(language: string, source: string, as = token): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/submissions`, {
    method: "POST",
    headers: { authorization: `Bearer ${as}`, "content-type": "application/json" },
    body: JSON.stringify({ problem: "aplusb", language, source }),
  });
  expect(response.status).toBe(202);
  const body = (await response.json()) as { id: string };
  return body.id;
}

async function waitForVerdict(id: string, as = token, timeoutMs = 120_000): Promise<SubmissionView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${baseUrl}/api/v1/submissions/${id}`, { headers: { authorization: `Bearer ${as}` } });
    expect(response.status).toBe(200);
    const view = submissionViewSchema.parse(await response.json());
    if (view.status === "done") return view;
    if (view.status === "queued" || view.status === "judging") expect(view.verdict).toBeNull();
    if (Date.now() > deadline) throw new Error(`submission ${id} still ${view.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const tenTimes = (verdict: Verdict): Verdict[] => Array<Verdict>(10).fill(verdict);

describe("judging through the REST API", () => {
  const cases: [string, string, Verdict, Verdict[]][] = [
    ["AC", APLUSB_SOLUTIONS.python3, "AC", tenTimes("AC")],
    ["WA", "a, b = map(int, open(0).read().split())\nprint(a + b + 1)\n", "WA", tenTimes("WA")],
    ["TLE", "while True:\n    pass\n", "TLE", tenTimes("TLE")],
    ["RE", "print(1 // 0)\n", "RE", tenTimes("RE")],
    ["CE", "def broken(:\n", "CE", []],
  ];

  it.each(cases)("stores %s per test and as the final verdict", async (_name, source, final, perTest) => {
    const view = await waitForVerdict(await submit("python3", source));
    expect(view.verdict).toBe(final);
    expect(view.tests.map((t) => t.verdict)).toEqual(perTest);
    expect(view.tests.map((t) => t.index)).toEqual(perTest.map((_, i) => i + 1));
    expect(view.tests.filter((t) => t.sample)).toHaveLength(perTest.length === 0 ? 0 : 2);
    // The student's view: a sample shows its own time and memory, a hidden test only its
    // verdict (its resources are given as a maximum over hidden tests, never one by one).
    for (const test of view.tests) {
      if (test.sample) {
        expect(test.timeMs).toBeGreaterThanOrEqual(0);
        expect(test.memoryKb).toBeGreaterThan(0);
      } else {
        expect(test.timeMs).toBeNull();
        expect(test.memoryKb).toBeNull();
      }
    }
    if (final === "CE") expect(view.compileOutput).toContain("SyntaxError");
    if (final === "AC") expect(view.score).toBe(100);
  });

  it("lists every language installed, and judges A+B correctly in each", async () => {
    const languages = (await (await fetch(`${baseUrl}/api/v1/languages`)).json()) as { id: string; version: string }[];
    expect(languages.map((l) => l.id).sort()).toEqual([...LANGUAGE_IDS].sort());
    const ids = await Promise.all(
      LANGUAGE_IDS.map((language) => submit(language, APLUSB_SOLUTIONS[language], languagesToken)),
    );
    for (const [i, id] of ids.entries()) {
      const view = await waitForVerdict(id, languagesToken);
      expect({ language: LANGUAGE_IDS[i], verdict: view.verdict, compileOutput: view.compileOutput }).toMatchObject({
        verdict: "AC",
      });
      expect(view.tests).toHaveLength(10);
    }
  });
});
