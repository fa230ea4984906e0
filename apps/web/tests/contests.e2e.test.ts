import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import { APLUSB_CORRECT, APLUSB_WRONG, VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, request, signInAs, waitUntilJudged, type Student } from "./submissionFixtures";

// Contests in headless Chromium against the built app and a real judge worker. Time is
// moved by shifting the contest (and its submissions, so their contest times stay put)
// into the past in PostgreSQL: running → frozen → over without sleeping.

const fixtures = new Fixtures();
const slug = `e2e-contest-${randomBytes(3).toString("hex")}`;
let jury: Student;
let ann: Student;
let ben: Student;
let outsider: Student;
const problems = { a: "", b: "" };
let browser: Browser;
let page: Browser["page"];

async function api(path: string, who: Student, body?: unknown): Promise<Response> {
  return request(path, { token: who.token }, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
}

/** Submits to the contest through the REST API; returns the id, or throws with the answer. */
async function contestSubmit(who: Student, problem: string, source: string): Promise<string> {
  const response = await api("/api/v1/submissions", who, { problem, language: "python3", source, contest: slug });
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Moves the contest `minutes` into the past, its submissions with it. */
async function shiftContest(minutes: number): Promise<void> {
  const ms = minutes * 60_000;
  const contest = await fixtures.db.contest.findUniqueOrThrow({ where: { slug } });
  await fixtures.db.contest.update({
    where: { id: contest.id },
    data: { startsAt: new Date(contest.startsAt.getTime() - ms) },
  });
  const submissions = await fixtures.db.submission.findMany({ where: { contestId: contest.id } });
  for (const s of submissions) {
    await fixtures.db.submission.update({
      where: { id: s.id },
      data: { createdAt: new Date(s.createdAt.getTime() - ms) },
    });
  }
}

/** Waits until every submission of the contest is judged (after a rejudge). */
async function waitAllJudged(): Promise<void> {
  const deadline = Date.now() + VERDICT_TIMEOUT_MS;
  for (;;) {
    const open = await fixtures.db.submission.count({ where: { contest: { slug }, status: { not: "done" } } });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`${open} contest submissions still not judged`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function as(who: Student, path: string): Promise<void> {
  await signInAs(browser.context, who);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByTestId("contest-title").or(page.getByTestId("contests-table")).first().waitFor();
}

/** A board row's cell, by participant name and problem label. */
function cell(name: string, label: string, testId = "scoreboard") {
  return page.locator(
    `[data-testid="${testId}"] [data-testid="board-row"][data-name="${name}"] [data-label="${label}"]`,
  );
}

describe("contests in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    // One at a time: four CLI processes at once overrun the CLI's timeout on two cores.
    jury = await fixtures.student("jury", "instructor");
    ann = await fixtures.student("ann");
    ben = await fixtures.student("ben");
    outsider = await fixtures.student("outsider");
    problems.a = await fixtures.problem("contest-a", ["1 2\n"], ["3 4\n", "-5 5\n"]);
    problems.b = await fixtures.problem("contest-b", ["2 2\n"], ["10 20\n"]);
    // Started ten minutes ago, an hour long, frozen for its last 30 minutes.
    const created = await api("/api/v1/contests", jury, {
      slug,
      title: "E2E Cup",
      format: "icpc",
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      durationMinutes: 60,
      freezeMinutes: 30,
      registration: "open",
      problems: [
        { problem: problems.a, label: "A", color: "#e11d48" },
        { problem: problems.b, label: "B", color: "#2563eb" },
      ],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    // Contest rows first: its problems and submissions refer to them.
    await fixtures.db.submission.deleteMany({ where: { contest: { slug } } });
    await fixtures.db.contest.deleteMany({ where: { slug } });
    await fixtures.cleanUp();
  });

  it("lets a participant register, submit A+B from the problem page and see the board", async () => {
    // Outsiders cannot submit.
    const refused = await api("/api/v1/submissions", outsider, {
      problem: problems.a,
      language: "python3",
      source: APLUSB_CORRECT,
      contest: slug,
    });
    expect(refused.status).toBe(403);

    await as(ann, "/contests");
    await page.locator(`[data-testid="contest-row"][data-slug="${slug}"]`).waitFor();
    expect(await page.locator(`[data-testid="contest-row"][data-slug="${slug}"]`).getAttribute("data-phase")).toBe(
      "running",
    );
    await browser.screenshot("contests-list");

    await page.locator(`[data-testid="contest-row"][data-slug="${slug}"] a`).click();
    await page.getByTestId("register-form").waitFor();
    await page.getByTestId("register-form").getByRole("button", { name: "Register" }).click();
    await page.getByTestId("registered").waitFor();
    await page.getByTestId("contest-problems").waitFor();
    expect(await page.getByTestId("contest-problem").count()).toBe(2);
    await browser.screenshot("contest-overview");

    await page.locator('[data-testid="contest-problem"][data-label="A"]').click();
    await page.getByTestId("contest-breadcrumb").waitFor();
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    await page.locator('[data-testid="source-editor-frame"][data-ready]').waitFor();
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    await browser.screenshot("contest-problem");
    await page.getByTestId("submit-button").click();
    await page.waitForURL(/\/submissions\/[^/?]+/);
    const verdict = page.getByTestId("final-verdict");
    await verdict.waitFor({ timeout: VERDICT_TIMEOUT_MS });
    expect(await verdict.getAttribute("data-verdict")).toBe("AC");

    expect((await api(`/api/v1/contests/${slug}/register`, ben, {})).status).toBe(201);
    await waitUntilJudged(ben.token, await contestSubmit(ben, problems.a, APLUSB_WRONG));

    await page.goto(`${baseUrl()}/contests/${slug}/scoreboard`);
    await page.getByTestId("scoreboard").waitFor();
    expect(await cell("E2E ann", "A").getAttribute("data-kind")).toBe("first");
    expect(await cell("E2E ben", "A").getAttribute("data-kind")).toBe("failed");
    await browser.screenshot("scoreboard-running");
    // My submissions in the contest are on its page.
    await page.goto(`${baseUrl()}/contests/${slug}`);
    await page.locator('[data-testid="contest-submission-row"][data-verdict="AC"]').waitFor();
  });

  it("carries a question to the jury and its answer back, with a live badge", async () => {
    await as(ann, `/contests/${slug}/clarifications`);
    await page.getByLabel("About").selectOption("A");
    await page.getByLabel("Question").fill("May the numbers be negative?");
    await page.getByTestId("ask-form").getByRole("button", { name: "Send question" }).click();
    await page.locator('[data-testid="clarification"]').waitFor();

    await as(jury, `/contests/${slug}`);
    await page.getByTestId("clarification-badge").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("clarification-badge").textContent()).toBe("1");
    await page.getByRole("link", { name: /Clarifications/ }).click();
    await page.locator('[data-testid="clarification"][data-answered="false"]').waitFor();
    await page.getByLabel("Answer", { exact: true }).fill("Yes: read the constraints again.");
    await page.getByTestId("answer-form").getByRole("button", { name: "Answer" }).click();
    await page.locator('[data-testid="clarification"][data-answered="true"]').waitFor();
    await browser.screenshot("clarifications-jury");

    await as(ann, `/contests/${slug}`);
    await page.getByTestId("clarification-badge").waitFor({ timeout: 15_000 });
    await browser.screenshot("clarification-badge");
    await page.getByRole("link", { name: /Clarifications/ }).click();
    await page.getByTestId("clarification-answer").waitFor();
    expect(await page.getByTestId("clarification-answer").textContent()).toContain("read the constraints");
    await browser.screenshot("clarifications-participant");
  });

  it("hides verdicts after the freeze from the public board, shows them to the jury, and rejudges", async () => {
    await shiftContest(40); // now minute 50 of 60; frozen since minute 30
    await waitUntilJudged(ben.token, await contestSubmit(ben, problems.a, APLUSB_CORRECT));
    await waitUntilJudged(ben.token, await contestSubmit(ben, problems.b, APLUSB_CORRECT));

    await as(ann, `/contests/${slug}/scoreboard`);
    await page.getByTestId("frozen-banner").waitFor();
    expect(await page.getByTestId("frozen-banner").textContent()).toContain("frozen with 30 minutes remaining");
    expect(await cell("E2E ben", "A").getAttribute("data-kind")).toBe("pending");
    expect(await cell("E2E ben", "B").getAttribute("data-pending")).toBe("1");
    await browser.screenshot("scoreboard-frozen");
    // Nothing leaks through the JSON either.
    const publicBoard = (await (await api(`/api/v1/contests/${slug}/scoreboard`, ann)).json()) as {
      rows: { participant: { name: string }; score: { numSolved: number } }[];
    };
    expect(publicBoard.rows.find((r) => r.participant.name === "E2E ben")?.score.numSolved).toBe(0);

    await as(jury, `/contests/${slug}/jury`);
    await page.getByTestId("balloons").waitFor();
    expect(await cell("E2E ben", "B").getAttribute("data-kind")).toBe("first");
    expect(await page.getByTestId("balloon").count()).toBe(3);
    await page.getByTestId("rejudge-problem-form").getByRole("button", { name: "Rejudge problem" }).click();
    await page.getByTestId("rejudge-problem-form-done").waitFor();
    expect(await page.getByTestId("rejudge-problem-form-done").textContent()).toContain("Rejudging 3 submissions");
    await waitAllJudged();
    // One submission alone, from its row.
    await page.goto(`${baseUrl()}/contests/${slug}/jury?verdict=WA`);
    expect(await page.getByTestId("contest-submission-row").count()).toBe(1);
    await page.getByTestId("rejudge-form").first().getByRole("button", { name: "Rejudge" }).click();
    await page.getByTestId("rejudge-form-done").waitFor();
    await waitAllJudged();
    await page.goto(`${baseUrl()}/contests/${slug}/jury`);
    await page.getByTestId("balloons").waitFor();
    await browser.screenshot("jury-desk");
  });

  it("lets the jury step through the reveal, then thaw the board", async () => {
    await shiftContest(15); // over since 5 minutes
    await as(jury, `/contests/${slug}/reveal`);
    await page.getByTestId("reveal").waitFor();
    expect(await page.getByTestId("reveal").getAttribute("data-steps")).toBe("2");
    const order = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="reveal-row"]')]
          .sort((a, b) => a.offsetTop - b.offsetTop)
          .map((r) => r.dataset.name),
      );
    expect(await order()).toEqual(["E2E ann", "E2E ben"]);
    await browser.screenshot("reveal-start");
    await page.getByTestId("reveal-next").click();
    await page.waitForTimeout(900); // the row's move takes 700 ms
    expect(await order()).toEqual(["E2E ann", "E2E ben"]);
    await browser.screenshot("reveal-step-1");
    await page.getByTestId("reveal-next").click();
    await page.waitForTimeout(900);
    // Ben's second solve lifts him above Ann.
    expect(await order()).toEqual(["E2E ben", "E2E ann"]);
    expect(await page.getByTestId("reveal-next").isDisabled()).toBe(true);
    await browser.screenshot("reveal-final");

    await page.goto(`${baseUrl()}/contests/${slug}/jury`);
    await page.getByTestId("thaw-form").getByRole("button", { name: "Thaw the board" }).click();
    await page.getByTestId("thawed").waitFor();

    const csv = await request(`/contests/${slug}/standings.csv`, { token: jury.token });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/^Rank,Participant/);
    expect((await request(`/contests/${slug}/standings.csv`, { token: ann.token })).status).toBe(403);

    await as(ann, `/contests/${slug}/scoreboard`);
    await page.getByTestId("scoreboard").waitFor();
    expect(await page.getByTestId("frozen-banner").count()).toBe(0);
    expect(await page.locator('[data-testid="board-row"]').first().getAttribute("data-name")).toBe("E2E ben");
    await browser.screenshot("scoreboard-thawed");
    expect(browser.pageErrors).toEqual([]);
  });
});
