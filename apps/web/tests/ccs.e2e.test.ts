import { randomBytes } from "node:crypto";
import { ccs } from "@arbiter/core/contests";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { launchBrowser, type Browser } from "./chromium";
import { APLUSB_CORRECT, VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, readEvents, request, signInAs, waitUntilJudged, type Student } from "./submissionFixtures";

// The ICPC CCS Contest API, the jury's verdict override, the contest's own submission
// limit and the live board, against the built app and a real judge worker. The contest
// started 250 minutes ago, lasts 300 and froze 60 minutes before its end: it is frozen now.

const fixtures = new Fixtures();
const slug = `e2e-ccs-${randomBytes(3).toString("hex")}`;
let jury: Student;
let ann: Student;
let ben: Student;
let problem = "";
let frozenId = "";
let browser: Browser;
let page: Browser["page"];

const COLLECTIONS: [string, z.ZodType][] = [
  ["judgement-types", ccs.ccsJudgementTypeSchema],
  ["languages", ccs.ccsLanguageSchema],
  ["problems", ccs.ccsProblemSchema],
  ["groups", ccs.ccsGroupSchema],
  ["organizations", ccs.ccsOrganizationSchema],
  ["teams", ccs.ccsTeamSchema],
  ["submissions", ccs.ccsSubmissionSchema],
  ["judgements", ccs.ccsJudgementSchema],
  ["clarifications", ccs.ccsClarificationSchema],
  ["awards", ccs.ccsAwardSchema],
];

async function api(path: string, who: Student, body?: unknown): Promise<Response> {
  return request(path, { token: who.token }, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
}

async function json<T>(path: string, who: Student): Promise<T> {
  const response = await api(path, who);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return (await response.json()) as T;
}

function valid(schema: z.ZodType, value: unknown, what: string): void {
  expect(schema.safeParse(value).error?.issues ?? [], what).toEqual([]);
}

/** Every CCS endpoint and the whole event feed as `who` reads them, each checked against its schema; all as one text. */
async function readCcs(who: Student): Promise<{
  text: string;
  judgements: { id: string; submission_id: string; judgement_type_id: string | null; current?: boolean }[];
}> {
  const base = `/api/ccs/contests/${slug}`;
  const parts: unknown[] = [];
  const check = async (path: string, schema: z.ZodType) => {
    const body = await json<unknown>(path, who);
    valid(schema, body, path);
    parts.push(body);
  };
  // Next answers the trailing-slash form with a 308 to this one.
  await check("/api/ccs", ccs.ccsApiInfoSchema);
  await check(base, ccs.ccsContestSchema);
  await check(`${base}/state`, ccs.ccsStateSchema);
  await check(`${base}/access`, ccs.ccsAccessSchema);
  await check(`${base}/scoreboard`, ccs.ccsScoreboardSchema);
  let judgements: { id: string; submission_id: string; judgement_type_id: string | null }[] = [];
  for (const [name, schema] of COLLECTIONS) {
    const items = await json<{ id: string }[]>(`${base}/${name}`, who);
    items.forEach((item, i) => valid(schema, item, `${name}[${i}]`));
    parts.push(items);
    if (name === "judgements") judgements = items as typeof judgements;
  }
  const feed = await api(`${base}/event-feed?stream=false`, who);
  expect(feed.headers.get("content-type")).toContain("application/x-ndjson");
  const lines = (await feed.text()).split("\n").filter(Boolean);
  lines.forEach((line, i) => valid(ccs.ccsEventSchema, JSON.parse(line), `event-feed line ${i}`));
  parts.push(lines);
  return { text: JSON.stringify(parts), judgements };
}

/** The first `board` event of the public SSE stream, as `who`. */
async function sseBoard(who: Student): Promise<string> {
  const response = await api(`/api/v1/contests/${slug}/scoreboard/events`, who);
  const events = await readEvents(response, { stopAfter: (e) => e.event === "board", timeoutMs: 15_000 });
  return events.find((e) => e.event === "board")?.data ?? "";
}

describe("the CCS Contest API, overrides and limits", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    jury = await fixtures.student("ccs-jury", "instructor");
    ann = await fixtures.student("ccs-ann");
    ben = await fixtures.student("ccs-ben");
    problem = await fixtures.problem("ccs-a", ["1 2\n"], ["3 4\n"]);
    const created = await api("/api/v1/contests", jury, {
      slug,
      title: "CCS Cup",
      format: "icpc",
      startsAt: new Date(Date.now() - 250 * 60_000).toISOString(),
      durationMinutes: 300,
      freezeMinutes: 60,
      problems: [{ problem, label: "A", color: "#e11d48" }],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    for (const who of [ann, ben]) {
      expect((await api(`/api/v1/contests/${slug}/participants`, jury, { email: who.email })).status).toBe(201);
    }
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures.db.submission.deleteMany({ where: { contest: { slug } } });
    await fixtures.db.contest.deleteMany({ where: { slug } });
    await fixtures.cleanUp();
  });

  it("hides a frozen submission's judgement from the public everywhere, and shows it to the jury", async () => {
    const submitted = await api("/api/v1/submissions", ann, {
      problem,
      language: "python3",
      source: APLUSB_CORRECT,
      contest: slug,
    });
    expect(submitted.status).toBe(202);
    frozenId = ((await submitted.json()) as { id: string }).id;
    await waitUntilJudged(ann.token, frozenId, VERDICT_TIMEOUT_MS);

    const publicView = await readCcs(ben);
    expect(publicView.text).toContain(frozenId); // the submission itself is public
    expect(publicView.judgements.filter((j) => j.submission_id === frozenId)).toEqual([]);
    expect((await api(`/api/ccs/contests/${slug}/runs`, ben)).status).toBe(404);
    const board = await sseBoard(ben);
    expect(board).toContain('"frozen":true');
    expect(board).toContain('"numPending":1');
    expect(board).not.toContain('"solved":true');

    const juryView = await readCcs(jury);
    expect(juryView.judgements.filter((j) => j.submission_id === frozenId)).toMatchObject([
      { judgement_type_id: "AC" },
    ]);
    const runs = await json<unknown[]>(`/api/ccs/contests/${slug}/runs`, jury);
    runs.forEach((r, i) => valid(ccs.ccsRunSchema, r, `runs[${i}]`));
    expect(runs.length).toBeGreaterThan(0);
  });

  it("reveals nothing publicly when the jury rejudges during the freeze (board, SSE, CCS)", async () => {
    await signInAs(browser.context, jury);
    await page.goto(`${baseUrl()}/contests/${slug}/jury`);
    await page.getByTestId("rejudge-problem-form").getByRole("button", { name: "Rejudge problem" }).click();
    await page.getByTestId("rejudge-problem-form-done").waitFor();
    const deadline = Date.now() + VERDICT_TIMEOUT_MS;
    while ((await fixtures.db.judging.count({ where: { submissionId: frozenId, finishedAt: { not: null } } })) < 2) {
      if (Date.now() > deadline) throw new Error("the rejudge did not finish");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await waitUntilJudged(ann.token, frozenId, VERDICT_TIMEOUT_MS);
    const judgings = await fixtures.db.judging.findMany({ where: { submissionId: frozenId } });
    const { text } = await readCcs(ben);
    for (const j of judgings) expect(text).not.toContain(j.id);
    const rest = await (await api(`/api/v1/contests/${slug}/scoreboard`, ben)).text();
    expect(rest).not.toContain('"solved":true');
    expect(await sseBoard(ben)).not.toContain('"solved":true');
  });

  it("lets the jury override a verdict with a reason, audited, followed by the CCS judgements", async () => {
    await signInAs(browser.context, jury);
    await page.goto(`${baseUrl()}/submissions/${frozenId}`);
    await page.getByTestId("verdict-override").waitFor();
    await page.getByLabel("New verdict").selectOption("WA");
    await page.getByLabel("Reason (kept in the audit log)").fill("Output format was wrong, checker too lenient");
    await page.getByTestId("override-form").getByRole("button", { name: "Override" }).click();
    await page.getByTestId("override-form-done").waitFor();
    await page.reload();
    await page.getByTestId("override-audit").waitFor();
    expect(await page.getByTestId("override-audit").textContent()).toContain("AC → WA");
    await browser.screenshot("contest-verdict-override");

    const audit = await json<{ oldVerdict: string; newVerdict: string; reason: string; by: string }[]>(
      `/api/v1/contests/${slug}/overrides`,
      jury,
    );
    expect(audit[0]).toMatchObject({ oldVerdict: "AC", newVerdict: "WA" });
    expect(audit[0]?.reason).toContain("lenient");
    expect((await api(`/api/v1/contests/${slug}/overrides`, ben)).status).toBe(403);
    const refused = await api(`/api/v1/contests/${slug}/submissions/${frozenId}/override`, ben, {
      verdict: "AC",
      reason: "please",
    });
    expect(refused.status).toBe(403);

    const juryJudgements = (await readCcs(jury)).judgements.filter((j) => j.submission_id === frozenId);
    expect(juryJudgements.find((j) => j.current === true)?.judgement_type_id).toBe("WA");
    const overrideJudging = await fixtures.db.judging.findFirstOrThrow({
      where: { submissionId: frozenId, reason: "override" },
    });
    const publicView = await readCcs(ben);
    expect(publicView.judgements.filter((j) => j.submission_id === frozenId)).toEqual([]);
    expect(publicView.text).not.toContain(overrideJudging.id);
    const live = await json<{ rows: { participant: { name: string }; problems: { numJudged: number }[] }[] }>(
      `/api/v1/contests/${slug}/scoreboard?view=jury`,
      jury,
    );
    expect(live.rows.find((r) => r.participant.name === "E2E ccs-ann")?.problems[0]?.numJudged).toBe(1);
  });

  it("keeps the board page live over SSE", async () => {
    await signInAs(browser.context, ben);
    await page.goto(`${baseUrl()}/contests/${slug}/scoreboard`);
    const board = page.getByTestId("live-scoreboard");
    await board.waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="live-scoreboard"]')?.getAttribute("data-updated")) > 0,
    );
    expect(await board.getAttribute("data-transport")).toBe("stream");
    await browser.screenshot("contest-board-frozen-sse");
  });

  it("refuses submissions beyond the contest's own limit with a 429 that says when to retry", async () => {
    const contest = await fixtures.db.contest.findUniqueOrThrow({ where: { slug } });
    await fixtures.db.contest.update({
      where: { id: contest.id },
      data: { submissionLimit: 1, submissionLimitMinutes: 10 },
    });
    const limited = await api("/api/v1/submissions", ann, {
      problem,
      language: "python3",
      source: APLUSB_CORRECT,
      contest: slug,
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await limited.json()) as { error: { reason: string; message: string } };
    expect(body.error.reason).toBe("contest_rate_limit");
    expect(body.error.message).toMatch(
      /allows 1 submissions per 10 minutes\. Try again in .+ \(at \d\d:\d\d:\d\d UTC\)/,
    );
    await fixtures.db.contest.update({ where: { id: contest.id }, data: { submissionLimit: null } });
  });

  it("keeps the upsolving notice after the redirect from the problem page", async () => {
    // Move the contest an hour into the past: it is over now.
    const contest = await fixtures.db.contest.findUniqueOrThrow({ where: { slug } });
    await fixtures.db.contest.update({
      where: { id: contest.id },
      data: { startsAt: new Date(contest.startsAt.getTime() - 60 * 60_000) },
    });
    await signInAs(browser.context, ann);
    await page.goto(`${baseUrl()}/problems/${problem}?contest=${slug}`);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    await page.locator('[data-testid="source-editor-frame"][data-ready]').waitFor();
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    await page.getByTestId("submit-button").click();
    await page.waitForURL(/\/submissions\/[^/?]+/);
    const notice = page.getByTestId("contest-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("judged as upsolving and not counted");
    await browser.screenshot("contest-upsolving-notice");
  });
});
