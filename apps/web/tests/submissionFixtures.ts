import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSession } from "@arbiter/core";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import type { BrowserContext } from "playwright-core";
import { baseUrl, createToken, runCli } from "./support";

// Helpers shared by submission.e2e.test.ts and authz.e2e.test.ts: throwaway students
// and problems made through the CLI, sessions, API calls, and an SSE reader.

export const SESSION_COOKIE = "arbiter_session";

export interface Student {
  id: string;
  email: string;
  token: string;
  /** Value of the session cookie, for pages and server actions. */
  session: string;
}

/** Everything a test made, deleted again by `cleanUp` (submissions first: they reference both). */
export class Fixtures {
  readonly db: PrismaClient = createPrismaClient();
  private readonly users: string[] = [];
  private readonly problems: string[] = [];
  private readonly dirs: string[] = [];

  /** A user made with `user:create`, a token from `token:create`, and a browser session. */
  async student(label: string, role: "student" | "instructor" | "admin" = "student"): Promise<Student> {
    const email = `e2e-${label}-${randomBytes(4).toString("hex")}@arbiter.local`;
    await runCli("user:create", email, "--role", role, "--name", `E2E ${label}`);
    const token = await createToken(email);
    const user = await this.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    this.users.push(user.id);
    const { cookieValue } = await createSession(this.db, user.id);
    return { id: user.id, email, token, session: cookieValue };
  }

  /**
   * Imports an A+B-style problem package with `problem:import`: `samples` and `hidden`
   * are input texts (the answer is the sum of the numbers). Homework scoring by
   * default, so every test runs whatever fails; students see each hidden test's verdict
   * unless `hiddenTests` says otherwise. Returns its slug.
   */
  async problem(
    label: string,
    samples: string[],
    hidden: string[],
    scoring: "icpc" | "homework" | "ioi" = "homework",
    hiddenTests: "verdict_only" | "first_failure" | "per_test" = "per_test",
  ): Promise<string> {
    const slug = `e2e-${label}-${randomBytes(3).toString("hex")}`;
    const dir = await mkdtemp(path.join(tmpdir(), "arbiter-problem-"));
    this.dirs.push(dir);
    await writeFile(
      path.join(dir, "problem.yaml"),
      `name: E2E ${label}\nlimits:\n  time_limit: 2\n  memory: 256\narbiter:\n  scoring: ${scoring}\n  hidden_tests: ${hiddenTests}\n`,
    );
    await mkdir(path.join(dir, "problem_statement"));
    await writeFile(path.join(dir, "problem_statement", "problem.en.md"), "Print the sum of the numbers.\n");
    const write = async (kind: string, inputs: string[]) => {
      await mkdir(path.join(dir, "data", kind), { recursive: true });
      for (const [i, input] of inputs.entries()) {
        const sum = input
          .split(/\s+/)
          .filter(Boolean)
          .map(Number)
          .reduce((a, b) => a + b, 0);
        await writeFile(path.join(dir, "data", kind, `${i + 1}.in`), input);
        await writeFile(path.join(dir, "data", kind, `${i + 1}.ans`), `${sum}\n`);
      }
    };
    await write("sample", samples);
    await write("secret", hidden);
    const printed = await runCli("problem:import", dir, "--slug", slug);
    if (printed.at(-1) !== slug) throw new Error(`problem:import did not import ${slug}: ${printed.join(" / ")}`);
    const problem = await this.db.problem.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    this.problems.push(problem.id);
    return slug;
  }

  async cleanUp(): Promise<void> {
    await this.db.submission.deleteMany({
      where: { OR: [{ userId: { in: this.users } }, { problemId: { in: this.problems } }] },
    });
    await this.db.problem.deleteMany({ where: { id: { in: this.problems } } });
    await this.db.user.deleteMany({ where: { id: { in: this.users } } });
    for (const dir of this.dirs) await rm(dir, { recursive: true, force: true });
    await this.db.$disconnect();
  }
}

/** Makes the browser `student`'s, by its session cookie (replacing any other cookies). */
export async function signInAs(context: BrowserContext, student: Pick<Student, "session">): Promise<void> {
  await context.clearCookies();
  await context.addCookies([{ name: SESSION_COOKIE, value: student.session, url: baseUrl() }]);
}

/** A request to the app as `who` (Bearer token, session cookie, or nobody). */
export function request(
  pathname: string,
  who: { token?: string; session?: string } = {},
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (who.token) headers.set("authorization", `Bearer ${who.token}`);
  if (who.session) headers.set("cookie", `${SESSION_COOKIE}=${who.session}`);
  if (typeof init.body === "string" && !headers.has("content-type")) headers.set("content-type", "application/json");
  return fetch(`${baseUrl()}${pathname}`, { ...init, headers, redirect: "manual" });
}

/** Submits through the REST API and returns the new submission's id. */
export async function submit(token: string, problem: string, language: string, source: string): Promise<string> {
  const response = await request(
    "/api/v1/submissions",
    { token },
    {
      method: "POST",
      body: JSON.stringify({ problem, language, source }),
    },
  );
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Polls the REST view until the submission is judged. */
export async function waitUntilJudged(token: string, id: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = (await (await request(`/api/v1/submissions/${id}`, { token })).json()) as { status: string };
    if (view.status === "done") return;
    if (Date.now() > deadline) throw new Error(`submission ${id} was not judged within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export interface ServerSentEvent {
  event: string;
  data: string;
  /** performance.now() when the event was parsed. */
  at: number;
}

/**
 * Reads a `text/event-stream` response until it ends, `stopAfter` returns true or the
 * time is up, then closes the connection.
 */
export async function readEvents(
  response: Response,
  {
    stopAfter = () => false,
    timeoutMs = 60_000,
  }: { stopAfter?: (e: ServerSentEvent) => boolean; timeoutMs?: number } = {},
): Promise<ServerSentEvent[]> {
  if (!response.body) throw new Error("the response has no body");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const events: ServerSentEvent[] = [];
  let buffer = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return events;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = frame.split("\n").filter((line) => !line.startsWith(":"));
        const event = fields.find((l) => l.startsWith("event: "))?.slice(7);
        const data = fields
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        if (!event) continue;
        const parsed = { event, data, at: performance.now() };
        events.push(parsed);
        if (stopAfter(parsed)) {
          await reader.cancel();
          return events;
        }
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
