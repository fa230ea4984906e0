import { randomBytes } from "node:crypto";
import { createApiToken, createSession } from "@arbiter/core";
import { DISGUISED_COPY, INDEPENDENT, ORIGINAL, TEMPLATE_ONLY } from "@arbiter/core/similarity/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import { baseUrl } from "./support";
import { Fixtures, request, signInAs, type Student } from "./submissionFixtures";

// Similarity checks end to end: the real worker runs Dolos on submissions of an
// assignment. The instructor starts a check from the assignment page, watches it finish,
// opens the report and a pair side by side, and marks it; the REST API answers the same,
// and a student or a TA of another course gets 403 on every path (and the 404 page).

const run = randomBytes(3).toString("hex");
const course = `e2e-sim-${run}`;
const otherCourse = `e2e-sim-other-${run}`;
const contest = `e2e-sim-contest-${run}`;
const fixtures = new Fixtures();
let teacher: Student;
let ann: Student;
let bob: Student;
let dan: Student;
let eve: Student;
let otherTa: Student;
let problem = "";
let browser: Browser;
let page: Browser["page"];
let checkId = "";

/** An account with a token and a session, made in the database (the CLI is slow on a loaded machine). */
async function person(label: string, role: "student" | "instructor" = "student"): Promise<Student> {
  const db = fixtures.db;
  const email = `e2e-${label}-${run}@arbiter.local`;
  const user = await db.user.create({ data: { email, name: `E2E ${label}`, role }, select: { id: true } });
  const { token } = await createApiToken(db, user.id);
  const { cookieValue } = await createSession(db, user.id);
  return { id: user.id, email, token, session: cookieValue };
}

async function goto(pathname: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathname}`);
}

describe("similarity checks in Chromium", () => {
  beforeAll(async () => {
    teacher = await person("sim-teacher", "instructor");
    ann = await person("sim-ann");
    bob = await person("sim-bob");
    dan = await person("sim-dan");
    eve = await person("sim-eve");
    otherTa = await person("sim-other-ta");
    const db = fixtures.db;
    problem = `e2e-sim-paths-${run}`;
    const { id: problemId } = await db.problem.create({
      data: { slug: problem, title: "Shortest paths", timeLimitMs: 1000, memoryLimitMb: 64 },
      select: { id: true },
    });
    const c = await db.course.create({ data: { slug: course, title: "Similarity course" } });
    const other = await db.course.create({ data: { slug: otherCourse, title: "Other course" } });
    await db.courseMember.createMany({
      data: [
        { courseId: c.id, userId: teacher.id, role: "instructor" },
        ...[ann, bob, dan, eve].map((s) => ({ courseId: c.id, userId: s.id, role: "student" as const })),
        { courseId: other.id, userId: otherTa.id, role: "ta" },
      ],
    });
    const assignment = await db.assignment.create({
      data: {
        courseId: c.id,
        slug: "hw1",
        title: "Shortest paths",
        opensAt: new Date(Date.now() - 86_400_000),
        dueAt: new Date(Date.now() + 86_400_000),
        problems: { create: { problemId, points: 10, position: 0 } },
      },
    });
    const sources: [Student, string][] = [
      [ann, ORIGINAL],
      [bob, DISGUISED_COPY],
      [dan, INDEPENDENT],
      [eve, TEMPLATE_ONLY],
    ];
    for (const [who, source] of sources) {
      await db.submission.create({
        data: {
          userId: who.id,
          problemId,
          language: "python3",
          source,
          context: "assignment",
          assignmentId: assignment.id,
          status: "done",
          verdict: "WA",
          score: 0,
        },
      });
    }
    const k = await db.contest.create({
      data: {
        slug: contest,
        title: "Similarity contest",
        format: "icpc",
        startsAt: new Date(Date.now() - 3_600_000),
        durationMinutes: 300,
        problems: { create: { problemId, label: "A", position: 0 } },
        jury: { create: { userId: teacher.id } },
      },
    });
    expect(k.slug).toBe(contest);
    browser = await launchBrowser();
    page = browser.page;
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    const db = fixtures.db;
    await db.submission.deleteMany({ where: { assignment: { course: { slug: course } } } });
    await db.course.deleteMany({ where: { slug: { in: [course, otherCourse] } } });
    await db.contest.deleteMany({ where: { slug: contest } });
    await db.problem.deleteMany({ where: { slug: problem } });
    await db.user.deleteMany({ where: { email: { endsWith: `-${run}@arbiter.local` } } });
    await fixtures.cleanUp();
  });

  it("refuses students and other courses' TAs over the API", async () => {
    const body = JSON.stringify({ assignment: `${course}/hw1`, problem });
    for (const who of [ann, otherTa]) {
      const response = await request("/api/v1/similarity", { token: who.token }, { method: "POST", body });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe("not_staff");
    }
  });

  it("starts a check from the assignment page and shows its report", async () => {
    await signInAs(browser.context, teacher);
    await goto(`/courses/${course}/hw1`);
    const panel = page.getByTestId("similarity-panel");
    await panel.waitFor();
    expect(await panel.textContent()).toContain("never run");
    await page.getByTestId(`start-check-${problem}`).getByRole("button", { name: "Run check" }).click();
    await page.waitForURL(/\/similarity\/[^/]+$/);
    checkId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    await page.getByTestId("similarity-pairs").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("check-status").textContent()).toContain("done");
    const first = page.locator("[data-pair]").first();
    expect(await first.textContent()).toContain("E2E sim-ann");
    expect(await first.textContent()).toContain("E2E sim-bob");
    await browser.screenshot("similarity-report");
  });

  it("answers the same over the API, pairs highest first, and nothing to outsiders", async () => {
    const response = await request(`/api/v1/similarity/${checkId}`, { token: teacher.token });
    expect(response.status).toBe(200);
    const check = (await response.json()) as {
      status: string;
      pairs: { left: { email: string }; right: { email: string }; similarity: number; fragments: unknown[] }[];
    };
    expect(check.status).toBe("done");
    expect(check.pairs[0]?.similarity).toBeGreaterThan(0.8);
    expect([check.pairs[0]?.left.email, check.pairs[0]?.right.email].sort()).toEqual([ann.email, bob.email].sort());
    expect(check.pairs.map((p) => p.similarity)).toEqual(
      [...check.pairs.map((p) => p.similarity)].sort((a, b) => b - a),
    );
    expect(check.pairs.some((p) => [p.left.email, p.right.email].includes(eve.email) && p.similarity > 0.5)).toBe(
      false,
    );
    for (const who of [ann, otherTa]) {
      expect((await request(`/api/v1/similarity/${checkId}`, { token: who.token })).status).toBe(403);
    }
  });

  it("shows a pair side by side and records a review", async () => {
    await goto(`/similarity/${checkId}`);
    await page.getByTestId("pair-link").first().click();
    await page.waitForURL(/\/pairs\//);
    await page.getByTestId("side-by-side").waitFor();
    expect(await page.locator("[data-testid=source-left] [data-fragment]").count()).toBeGreaterThan(10);
    expect(await page.locator("[data-testid=source-right] [data-fragment]").count()).toBeGreaterThan(10);
    // A fragment's link jumps to the same fragment on the other side.
    const link = page.locator("[data-testid=source-left] [data-testid=fragment-link]").first();
    const target = (await link.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#right-f\d+$/);
    expect(await page.locator(target).count()).toBe(1);
    await browser.screenshot("similarity-pair");
    await page.getByLabel("Note").fill("Same loop, renamed variables.");
    await page.getByRole("button", { name: "Suspicious" }).click();
    await page.getByTestId("review-done").waitFor();
    await page.reload();
    expect(await page.getByTestId("review-current").textContent()).toContain("Same loop, renamed variables.");
    await browser.screenshot("similarity-pair-reviewed", { fullPage: false });
    const pairId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    for (const who of [ann, otherTa]) {
      expect((await request(`/api/v1/similarity/${checkId}/pairs/${pairId}`, { token: who.token })).status).toBe(403);
      const review = await request(
        `/api/v1/similarity/${checkId}/pairs/${pairId}/review`,
        { token: who.token },
        { method: "PUT", body: JSON.stringify({ verdict: "fine" }) },
      );
      expect(review.status).toBe(403);
    }
  });

  it("offers checks on the contest jury desk, and shows students nothing", async () => {
    await goto(`/contests/${contest}/jury`);
    await page.getByTestId("similarity-panel").waitFor();
    await page.getByTestId("similarity-panel").scrollIntoViewIfNeeded();
    await browser.screenshot("similarity-jury-panel", { fullPage: false });
    await signInAs(browser.context, ann);
    await goto(`/courses/${course}/hw1`);
    await page.getByTestId("assignment-title").waitFor();
    expect(await page.getByTestId("similarity-panel").count()).toBe(0);
    const response = await page.goto(`${baseUrl()}/similarity/${checkId}`);
    expect(response?.status()).toBe(404);
    expect(browser.pageErrors).toEqual([]);
  });
});
