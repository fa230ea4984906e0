import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { createRedis, createSession, openJudgeQueue, signInWithPassword } from "@arbiter/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const MAIN = path.join(ROOT, "apps/cli/src/main.ts");
const DEMO = path.join(ROOT, "infra/demo/problems/aplusb");

const run = randomBytes(4).toString("hex");
const email = `itest-cli-${run}@example.test`;
const slug = `itest-cli-aplusb-${run}`;
const queueName = `itest-cli-${run}`;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as operators do (through tsx), against the test database. */
async function cli(...args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ARBITER_QUEUE: queueName };
  delete env.INIT_CWD; // relative paths must resolve against cwd, not the test runner's npm
  delete env.ARBITER_DEBUG;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", MAIN, ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}

let db: PrismaClient;
let base: string;

beforeAll(async () => {
  db = createPrismaClient();
  base = await mkdtemp(path.join(tmpdir(), "arbiter-cli-"));
});

afterAll(async () => {
  await db.problem.deleteMany({ where: { slug: { startsWith: slug } } });
  await db.user.deleteMany({ where: { email } });
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

describe("arbiter CLI", () => {
  it("prints usage for help and no arguments", async () => {
    for (const args of [[], ["help"]]) {
      const result = await cli(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("problem:import <dir|zip> [--slug <slug>]");
      expect(result.stdout).toContain("problem:export <slug> <dir|file.zip>");
      expect(result.stdout).toContain("problem:verify <dir|zip> [--slug <slug>]");
    }
  });

  it("exits 2 on an unknown command or bad arguments", async () => {
    const unknown = await cli("frobnicate");
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');

    const badRole = await cli("user:create", email, "--role", "root");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role must be one of student, instructor, admin");

    expect((await cli("token:create")).code).toBe(2);
    expect((await cli("problem:import", DEMO, "--bogus")).code).toBe(2);
  });

  it("creates a user, then refuses the same email with exit 1", async () => {
    const created = await cli(
      "user:create",
      email,
      "--role",
      "instructor",
      "--password",
      "correct-horse",
      "--name",
      "CLI Test",
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created instructor account ${email} (CLI Test)`);

    const again = await cli("user:create", email.toUpperCase(), "--role", "student");
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`Error: An account with the email ${email} already exists`);
  });

  it("prints a new API token as the last line", async () => {
    const result = await cli("token:create", email, "--name", "ci");
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(/^arb_[A-Za-z0-9_-]{43}$/);
    expect(await db.apiToken.count({ where: { user: { email }, name: "ci" } })).toBe(1);

    const unknown = await cli("token:create", `nobody-${run}@example.test`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No account with the email");
  });

  it("lists an account's tokens without the tokens themselves, and revokes them", async () => {
    const made = await cli("token:create", email, "--name", "short-lived", "--expires-days", "7");
    expect(made.stdout).toMatch(/valid until \d{4}-/);
    const token = lastLine(made.stdout);
    const listed = await cli("token:list", email);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.trim().split("\n");
    expect(lines.map((l) => l.split("\t")[1]).sort()).toEqual(["ci", "short-lived"]);
    expect(listed.stdout).not.toContain(token);
    expect(listed.stdout).toMatch(/\tnever expires$/m);
    const id = lines.find((l) => l.includes("short-lived"))?.split("\t")[0] ?? "";

    expect((await cli("token:revoke", email, id)).stdout).toContain(`Revoked API token ${id}`);
    expect(await db.apiToken.count({ where: { user: { email } } })).toBe(1);
    const again = await cli("token:revoke", email, id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("No such token");
  });

  it("resets a password: a generated one is printed last and signs in; old sessions end", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // The "ci" token from above dies with the old password.
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
    await createSession(db, user.id);
    const result = await cli("user:password", email);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`New password set for ${email}; 1 browser session ended.`);
    const password = lastLine(result.stdout);
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await expect(signInWithPassword(db, email, password)).resolves.toMatchObject({ id: user.id });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);

    const short = await cli("user:password", email, "--password", "short");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("at least 8 characters");
    expect((await cli("user:password")).code).toBe(2);
  });

  it("imports the demo package and prints its slug last, also on re-import", async () => {
    for (const created of [true, false]) {
      const result = await cli("problem:import", path.relative(ROOT, DEMO), "--slug", slug);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(created ? 'Imported "A+B" with 10 tests in 2 groups.' : "Re-imported");
      expect(result.stderr).toBe("");
      expect(lastLine(result.stdout)).toBe(slug);
    }
    expect(await db.testCase.count({ where: { problem: { slug } } })).toBe(10);
  });

  it("rejects a malformed package with exit 1, a clear message and no stack", async () => {
    const broken = path.join(base, "broken");
    await cp(DEMO, broken, { recursive: true });
    await rm(path.join(broken, "data/secret/3.ans"));

    const result = await cli("problem:import", broken, "--slug", `${slug}-broken`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe("Error: data/secret/3.in has no matching .ans file");
    expect(await db.problem.count({ where: { slug: `${slug}-broken` } })).toBe(0);
  });

  it("exports a problem to a zip and a folder, and imports the zip back", async () => {
    const zip = path.join(base, "aplusb.zip");
    const exported = await cli("problem:export", slug, zip);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(`Exported ${slug} (`);
    expect(lastLine(exported.stdout)).toBe(zip);

    const imported = await cli("problem:import", zip, "--slug", `${slug}-zip`);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported "A+B" with 10 tests in 2 groups.');
    expect(lastLine(imported.stdout)).toBe(`${slug}-zip`);
    const [original, copy] = await Promise.all(
      [slug, `${slug}-zip`].map((s) =>
        db.problem.findUniqueOrThrow({
          where: { slug: s },
          select: {
            title: true,
            scoring: true,
            checker: true,
            tags: true,
            testCases: { select: { name: true, inputHash: true } },
          },
        }),
      ),
    );
    expect(copy).toEqual(original);

    const folder = path.join(base, "exported");
    const toFolder = await cli("problem:export", `${slug}-zip`, folder);
    expect(toFolder.code, toFolder.stderr).toBe(0);
    expect(lastLine(toFolder.stdout)).toBe(folder);
    const again = await cli("problem:export", `${slug}-zip`, folder);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`Error: ${folder} is not empty: export into a new directory`);

    const missing = await cli("problem:export", `${slug}-missing`, path.join(base, "missing.zip"));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`Error: No problem called ${slug}-missing`);
  });

  it("prints a package's warnings on stderr and still imports it", async () => {
    const warned = path.join(base, "warned");
    await cp(DEMO, warned, { recursive: true });
    await writeFile(path.join(warned, "submissions/accepted/notes.txt"), "not a program");
    const result = await cli("problem:import", warned, "--slug", `${slug}-warned`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim()).toBe(
      "Warning: submissions/accepted/notes.txt: unknown language (use .py .py3 .c .cpp .cc .cxx .c++ .cp .java .js .mjs .cjs .go .rs, or give its language in submissions/submissions.yaml): skipped",
    );
    expect(lastLine(result.stdout)).toBe(`${slug}-warned`);
  });

  it("rejects a malicious zip with exit 1 and writes nothing", async () => {
    const zip = path.join(base, "evil.zip");
    // A stored entry named "../evil.txt": the classic zip-slip, built by hand.
    const name = Buffer.from("../evil.txt");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length, 16);
    await writeFile(zip, Buffer.concat([local, name, central, name, end]));

    const result = await cli("problem:import", zip, "--slug", `${slug}-evil`);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Error: The zip entry "../evil.txt" points outside the package ("..")');
    expect(await db.problem.count({ where: { slug: `${slug}-evil` } })).toBe(0);
  });

  it("rejudges a submission, and a whole problem, at the lowest priority", async () => {
    expect((await cli("problem:import", DEMO, "--slug", `${slug}-rj`)).code).toBe(0);
    const problem = await db.problem.findUniqueOrThrow({ where: { slug: `${slug}-rj` } });
    const user = await db.user.create({ data: { email: `rejudge-${email}`, name: "Rejudge Test", role: "student" } });
    const submission = await db.submission.create({
      data: {
        userId: user.id,
        problemId: problem.id,
        language: "python3",
        source: "print(3)",
        status: "done",
        verdict: "WA",
        score: 0,
      },
    });
    const connection = createRedis(process.env.REDIS_URL ?? "");
    const queue = openJudgeQueue(connection, queueName);
    try {
      const one = await cli("rejudge", submission.id);
      expect(one.code).toBe(0);
      expect(lastLine(one.stdout)).toBe(`Rejudge of ${submission.id} queued.`);
      const jobs = await queue.getJobs(["prioritized", "waiting"]);
      expect(jobs.map((j) => j.data)).toEqual([{ kind: "submission", submissionId: submission.id, reason: "rejudge" }]);
      // The old verdict stays until the new judging ends; the status says a judging is pending.
      expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
        status: "queued",
        verdict: "WA",
      });

      const all = await cli("rejudge", "--problem", `${slug}-rj`);
      expect(lastLine(all.stdout)).toBe(`${slug}-rj: 0 rejudge(s) queued, 1 already pending, 1 in all.`);
      expect((await cli("rejudge", "no-such-id")).code).toBe(1);
      expect((await cli("rejudge")).code).toBe(2);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await connection.quit();
      await db.submission.deleteMany({ where: { problemId: problem.id } });
      await db.user.delete({ where: { id: user.id } });
    }
  });
});

describe("grades:export", () => {
  const course = `itest-cli-course-${run}`;

  afterAll(async () => {
    await db.course.deleteMany({ where: { slug: course } });
    await db.user.deleteMany({ where: { email: { endsWith: `-${run}@grades.test` } } });
  });

  it("writes an assignment's and the course's grades as CSV, with formula-looking names defused", async () => {
    const student = await db.user.create({ data: { email: `s-${run}@grades.test`, name: "=HYPERLINK(1)" } });
    const problem = await db.problem.create({
      data: { slug: `${slug}-graded`, title: "Graded", timeLimitMs: 1000, memoryLimitMb: 64 },
      select: { id: true, slug: true },
    });
    await db.course.create({
      data: {
        slug: course,
        title: "Export",
        members: { create: { userId: student.id, role: "student" } },
        assignments: {
          create: {
            slug: "hw",
            title: "HW",
            opensAt: new Date("2026-01-01T00:00:00Z"),
            dueAt: new Date("2026-01-08T00:00:00Z"),
            problems: { create: { problemId: problem.id, points: 5, position: 0 } },
          },
        },
      },
    });
    const one = await cli("grades:export", course, "hw");
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(`email,name,section,${problem.slug},total`);
    expect(one.stdout).toContain(`s-${run}@grades.test,'=HYPERLINK(1),,0,0`);
    const all = await cli("grades:export", course);
    expect(all.stdout).toContain("email,name,section,hw,total");
    const missing = await cli("grades:export", `nope-${run}`);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain(`There is no course called "nope-${run}"`);
    const badFormat = await cli("grades:export", course, "--format", "xlsx");
    expect(badFormat.stderr).toContain("--format must be one of wide, long, canvas");
  });
});
