import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import type { LanguageId, Verdict } from "@arbiter/shared";
import { createDocker } from "@arbiter/sandbox";
import { judgeSubmission } from "./judgeSubmission";
import { createAplusbProblem, createStudent, removeFixtures } from "./testing/fixtures";

const db = createPrismaClient();
const docker = createDocker();
let problemId = "";
let userId = "";

beforeAll(async () => {
  problemId = (await createAplusbProblem(db, { timeLimitMs: 1000, memoryLimitMb: 64 })).id;
  userId = (await createStudent(db)).id;
});
afterAll(async () => {
  await removeFixtures(db, { problemId, userId });
  await db.$disconnect();
});

async function judge(language: LanguageId, source: string) {
  const submission = await db.submission.create({ data: { userId, problemId, language, source } });
  const outcome = await judgeSubmission({ db, docker, workerId: "integration-test" }, submission.id);
  const stored = await db.submission.findUniqueOrThrow({
    where: { id: submission.id },
    include: { judgings: { include: { results: { orderBy: { index: "asc" } } } } },
  });
  const judging = stored.judgings[0]!;
  return { outcome, stored, judging, perTest: judging.results.map((r) => r.verdict) };
}

const all = (v: Verdict): Verdict[] => Array<Verdict>(5).fill(v);

describe("judgeSubmission (real PostgreSQL and Docker)", () => {
  it("accepts a correct C++ solution, storing a result per test with time and memory", async () => {
    const { outcome, stored, judging, perTest } = await judge(
      "cpp",
      "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<'\\n';}\n",
    );
    expect(outcome).toEqual({ verdict: "AC", score: 100 });
    expect(perTest).toEqual(all("AC"));
    expect(stored).toMatchObject({ status: "done", verdict: "AC", score: 100 });
    expect(judging.imageDigest).toMatch(/^sha256:/);
    expect(judging.sandboxPolicy).not.toBe("");
    for (const r of judging.results) {
      expect(r.memoryKb).toBeGreaterThan(0);
      expect(r.timeMs).toBeGreaterThanOrEqual(0);
    }
    // Program output is kept for samples only.
    expect(judging.results.filter((r) => r.output !== null).map((r) => r.index)).toEqual([1, 2]);
  });

  it("accepts a correct Python solution", async () => {
    const { perTest, stored } = await judge("python3", "a, b = map(int, open(0).read().split())\nprint(a + b)\n");
    expect(perTest).toEqual(all("AC"));
    expect(stored.verdict).toBe("AC");
  });

  it("gives WA per failing test and a partial score", async () => {
    // Right only when the sum is small enough for 32-bit overflow not to bite... or not: prints a-b.
    const { perTest, stored } = await judge(
      "python3",
      "a, b = map(int, open(0).read().split())\nprint(a - b if a < 0 else a + b)\n",
    );
    expect(perTest).toEqual(["AC", "WA", "AC", "WA", "AC"]);
    expect(stored).toMatchObject({ verdict: "WA", score: 60 });
  });

  it("gives TLE to a busy loop and to a sleeper", async () => {
    const busy = await judge("cpp", "int main(){volatile unsigned long x=0;for(;;)x++;}\n");
    expect(busy.perTest).toEqual(all("TLE"));
    expect(busy.judging.results[0]!.timeMs).toBeGreaterThanOrEqual(1000);
    const sleeper = await judge("python3", "import time\ntime.sleep(60)\n");
    expect(sleeper.perTest).toEqual(all("TLE"));
    expect(sleeper.stored.verdict).toBe("TLE");
  });

  it("gives RE to crashes and non-zero exits", async () => {
    const segv = await judge("cpp", "int main(){int*p=nullptr;*p=1;return 0;}\n");
    expect(segv.perTest).toEqual(all("RE"));
    expect(segv.judging.results[0]!.signal).toBe(11);
    const raise = await judge("python3", "raise SystemExit(3)\n");
    expect(raise.perTest).toEqual(all("RE"));
  });

  it("gives MLE, not RE, to memory bombs in C++ and Python", async () => {
    const cpp = await judge(
      "cpp",
      "#include <vector>\nint main(){std::vector<char> v(512u<<20, 1);return v[12345];}\n",
    );
    expect(cpp.perTest).toEqual(all("MLE"));
    const py = await judge("python3", "x = bytearray(512 * 1024 * 1024)\nprint(len(x))\n");
    expect(py.perTest).toEqual(all("MLE"));
  });

  it("gives OLE to an output flood", async () => {
    const { perTest } = await judge(
      "cpp",
      '#include <cstdio>\nint main(){for(;;)fputs("spam spam spam spam\\n",stdout);}\n',
    );
    expect(perTest).toEqual(all("OLE"));
  });

  it("gives CE with the compiler's message and runs no test", async () => {
    const { stored, judging, perTest } = await judge("cpp", "int main(){ return missing_name; }\n");
    expect(stored).toMatchObject({ status: "done", verdict: "CE", score: 0 });
    expect(perTest).toEqual([]);
    expect(judging.compileOutput).toContain("missing_name");
    expect(judging.compileOutput).not.toContain("/box/");
    const py = await judge("python3", "def broken(:\n");
    expect(py.stored.verdict).toBe("CE");
    expect(py.judging.compileOutput).toContain("SyntaxError");
  });
});
