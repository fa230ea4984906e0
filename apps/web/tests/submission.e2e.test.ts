import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import { VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, readEvents, request, signInAs, submit, waitUntilJudged, type Student } from "./submissionFixtures";

// The submission page and history in headless Chromium, against the built app and a
// real judge worker: live rows over server-sent events, compiler errors, sample diffs.

/** Sums its input correctly, after a pause, so that a judging takes seconds and rows arrive one by one. */
const SLOW_CORRECT = "import sys, time\ntime.sleep(0.35)\nprint(sum(map(int, sys.stdin.read().split())))\n";
/** Right on the first sample, one too many on everything else. */
const OFF_BY_ONE =
  "import sys\nnums = list(map(int, sys.stdin.read().split()))\nprint(sum(nums) + (0 if nums == [1, 2] else 1))\n";
const BROKEN_CPP =
  '#include <cstdio>\n\nint main() {\n    int a, b\n    scanf("%d %d", &a, &b);\n    printf("%d\\n", a + b);\n}\n';

const fixtures = new Fixtures();
let student: Student;
let slug = "";
let browser: Browser;
let page: Browser["page"];

async function screenshot(name: string, dark = false): Promise<void> {
  if (!dark) return browser.screenshot(name);
  await browser.colorScheme("dark");
  await browser.screenshot(`${name}-dark`);
  await browser.colorScheme("light");
}

async function openSubmission(id: string): Promise<void> {
  await page.goto(`${baseUrl()}/submissions/${id}`);
  await page.getByTestId("submission").waitFor();
}

describe("submission page and history in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    student = await fixtures.student("viewer");
    slug = await fixtures.problem(
      "live",
      ["1 2\n", "10 20\n"],
      ["3 4\n", "100 200\n", "-5 5\n", "7 8\n", "1000000 1\n", "0 0\n"],
    );
    browser = await launchBrowser();
    page = browser.page;
    await signInAs(browser.context, student);
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures.cleanUp();
  });

  it("fills in test rows live over server-sent events, then the verdict and score", async () => {
    const id = await submit(student.token, slug, "python3", SLOW_CORRECT);
    const polls: string[] = [];
    const streams: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname === `/api/v1/submissions/${id}`) polls.push(r.url());
      if (url.pathname === `/api/v1/submissions/${id}/events`) streams.push(r.resourceType());
    });
    await openSubmission(id);
    await page.locator('[data-testid="submission"][data-live="sse"]').waitFor({ timeout: 10_000 });

    // Watch the table from inside the page: every distinct row count, until the verdict.
    const counts = await page.evaluate(async (timeoutMs) => {
      const seen: number[] = [];
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const n = document.querySelectorAll('[data-testid="test-row"]').length;
        if (seen.at(-1) !== n) seen.push(n);
        if (document.querySelector('[data-testid="final-verdict"]')) return seen;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return seen;
    }, VERDICT_TIMEOUT_MS);
    expect(counts.at(-1)).toBe(8);
    // Rows arrived a few at a time, not all at once at the end.
    expect(counts.filter((n) => n > 0 && n < 8).length).toBeGreaterThanOrEqual(3);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    expect(await page.getByTestId("final-verdict").getAttribute("data-verdict")).toBe("AC");
    expect(await page.getByTestId("score").textContent()).toBe("100%");
    expect(await page.getByTestId("tests-passed").textContent()).toBe("8 / 8");
    expect(streams).toEqual(["eventsource"]);
    expect(polls).toEqual([]); // no polling fallback was needed
    await screenshot("submission-live-accepted");
  });

  it("shows a live judging in progress", async () => {
    const id = await submit(student.token, slug, "python3", SLOW_CORRECT);
    await openSubmission(id);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="test-row"]').length >= 3, undefined, {
      timeout: VERDICT_TIMEOUT_MS,
    });
    expect(await page.getByTestId("tests-pending").isVisible()).toBe(true);
    await screenshot("submission-live-judging");
    await page.getByTestId("final-verdict").waitFor({ timeout: VERDICT_TIMEOUT_MS });
  });

  it("falls back to polling when the live stream cannot be opened", async () => {
    // As if a proxy refused the stream: the page must still reach the verdict.
    await page.route("**/api/v1/submissions/*/events", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"code":"unavailable"}}' }),
    );
    try {
      const id = await submit(student.token, slug, "python3", SLOW_CORRECT);
      const polls: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname === `/api/v1/submissions/${id}`) polls.push(r.url());
      });
      await openSubmission(id);
      await page.locator('[data-testid="submission"][data-live="poll"]').waitFor({ timeout: 10_000 });
      await page.getByTestId("final-verdict").waitFor({ timeout: VERDICT_TIMEOUT_MS });
      expect(await page.getByTestId("final-verdict").getAttribute("data-verdict")).toBe("AC");
      expect(await page.getByTestId("test-row").count()).toBe(8);
      expect(polls.length).toBeGreaterThan(1);
    } finally {
      await page.unroute("**/api/v1/submissions/*/events");
    }
  });

  it("shows the compiler's message for a compilation error", async () => {
    const id = await submit(student.token, slug, "cpp", BROKEN_CPP);
    await openSubmission(id);
    await page.getByTestId("final-verdict").waitFor({ timeout: VERDICT_TIMEOUT_MS });
    expect(await page.getByTestId("final-verdict").getAttribute("data-verdict")).toBe("CE");
    const message = (await page.getByTestId("compile-output").textContent()) ?? "";
    expect(message).toMatch(/main\.cpp:\d+:\d+: error: expected/);
    expect(message).not.toContain("\u001b"); // no terminal colour codes
    expect(await page.getByTestId("tests-table").count()).toBe(0);
    expect(await page.getByTestId("source").textContent()).toContain("scanf");
    await screenshot("submission-compile-error");
    await screenshot("submission-compile-error", true);
  });

  it("shows input, expected and actual output with a diff for a wrong sample, and nothing for hidden tests", async () => {
    const id = await submit(student.token, slug, "python3", OFF_BY_ONE);
    await openSubmission(id);
    await page.getByTestId("final-verdict").waitFor({ timeout: VERDICT_TIMEOUT_MS });
    expect(await page.getByTestId("final-verdict").getAttribute("data-verdict")).toBe("WA");
    expect(await page.getByTestId("score").textContent()).toBe("12.5%");

    // Sample 2 is the first wrong one, so it opens by itself once the results are loaded.
    const diff = page.locator('[data-testid="sample-diff"][data-index="2"]');
    await diff.waitFor();
    expect(await diff.getByTestId("sample-input").textContent()).toBe("10 20\n");
    expect(await diff.getByTestId("sample-expected").textContent()).toBe("30\n");
    expect(await diff.getByTestId("sample-actual").textContent()).toBe("31\n");
    expect(await diff.locator('[data-kind="missing"]').textContent()).toContain("30");
    expect(await diff.locator('[data-kind="extra"]').textContent()).toContain("31");

    // The accepted sample opens on demand; hidden rows cannot be opened at all.
    const first = page.locator('[data-testid="test-row"][data-index="1"]');
    await first.getByTestId("toggle-sample").click();
    await page.locator('[data-testid="sample-diff"][data-index="1"]').waitFor();
    expect(
      await page.locator('[data-testid="test-row"][data-sample="false"] [data-testid="toggle-sample"]').count(),
    ).toBe(0);
    expect(await page.getByTestId("sample-diff").count()).toBe(2);
    await first.getByTestId("toggle-sample").click();

    // Highlighted source.
    expect(await page.locator('[data-testid="source"] .hljs-keyword').count()).toBeGreaterThan(0);
    await screenshot("submission-wrong-answer-diff");
    await screenshot("submission-wrong-answer-diff", true);
  });

  it("loads a finished submission with its diff already open (no live connection)", async () => {
    const response = await request(`/api/v1/submissions?verdict=WA&problem=${slug}`, { token: student.token });
    const [wrong] = (await response.json()) as { id: string }[];
    expect(wrong).toBeDefined();
    await openSubmission(wrong!.id);
    expect(await page.getByTestId("submission").getAttribute("data-live")).toBe("static");
    await page.locator('[data-testid="sample-diff"][data-index="2"]').waitFor();
  });

  it("filters and pages the history, with an empty state", async () => {
    // 30 more finished submissions straight in the database: enough for two pages, no judging needed.
    const problem = await fixtures.db.problem.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const old = new Date(Date.now() - 24 * 3600 * 1000);
    await fixtures.db.submission.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        userId: student.id,
        problemId: problem.id,
        language: i % 2 ? "cpp" : "python3",
        source: "print(0)\n",
        status: "done" as const,
        verdict: i % 3 ? ("AC" as const) : ("TLE" as const),
        score: i % 3 ? 100 : 0,
        createdAt: new Date(old.getTime() + i * 1000),
      })),
    });

    await page.goto(`${baseUrl()}/submissions`);
    await page.locator('[data-testid="history-filters"][data-hydrated]').waitFor();
    expect(await page.getByTestId("submission-row").count()).toBe(25);
    await screenshot("submissions-history");
    await screenshot("submissions-history", true);

    // The next page holds the rest (the ones judged above + 30).
    const total = await fixtures.db.submission.count({ where: { userId: student.id } });
    expect(total).toBeGreaterThan(25);
    await page.getByTestId("older-page").click();
    await page.waitForURL(/cursor=/);
    await expect.poll(() => page.getByTestId("submission-row").count()).toBe(total - 25);
    expect(await page.getByTestId("older-page").count()).toBe(0);

    // Filters apply on change and start again from the newest page.
    await page.getByTestId("filter-verdict").selectOption("TLE");
    await page.waitForURL(/verdict=TLE/);
    await expect.poll(() => page.getByTestId("submission-row").count()).toBe(10);
    expect(page.url()).not.toContain("cursor=");
    await page.getByTestId("filter-language").selectOption("cpp");
    await page.waitForURL(/language=cpp/);
    await expect.poll(() => page.getByTestId("submission-row").count()).toBe(5);
    for (const row of await page.getByTestId("submission-row").all()) {
      expect(await row.getAttribute("data-verdict")).toBe("TLE");
      expect(await row.getAttribute("data-language")).toBe("cpp");
    }
    await page.getByTestId("filter-verdict").selectOption("MLE");
    await page.getByTestId("submissions-empty").waitFor();
    expect(await page.getByTestId("submissions-empty").textContent()).toContain("No submissions match");
    await screenshot("submissions-empty-filter");

    // The REST API pages the same list.
    const first = await request(`/api/v1/submissions?take=20&problem=${slug}`, { token: student.token });
    const next = first.headers.get("x-next-cursor");
    expect(((await first.json()) as unknown[]).length).toBe(20);
    expect(next).toBeTruthy();
    const second = await request(`/api/v1/submissions?take=20&problem=${slug}&cursor=${next}`, {
      token: student.token,
    });
    expect(((await second.json()) as unknown[]).length).toBe(total - 20);
    expect(second.headers.get("x-next-cursor")).toBeNull();
    expect((await request("/api/v1/submissions?verdict=NOPE", { token: student.token })).status).toBe(400);
  });

  it("shows a newcomer an empty history", async () => {
    const newcomer = await fixtures.student("newcomer");
    await signInAs(browser.context, newcomer);
    await page.goto(`${baseUrl()}/submissions`);
    expect(await page.getByTestId("submissions-empty").textContent()).toContain("not submitted anything yet");
    await screenshot("submissions-empty");
    await signInAs(browser.context, student);
  });

  it("holds one Redis subscription per stream and releases it when the client goes away", async () => {
    const id = await submit(student.token, slug, "python3", SLOW_CORRECT);
    const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
    const subscribers = async () => Number((await redis.pubsub("NUMSUB", `arbiter:submission:${id}`))[1]);
    try {
      const abort = new AbortController();
      const response = await request(
        `/api/v1/submissions/${id}/events`,
        { token: student.token },
        { signal: abort.signal },
      );
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      expect(response.headers.get("cache-control")).toContain("no-transform");
      const reader = response.body!.getReader();
      let text = "";
      while (!text.includes("event: snapshot")) text += new TextDecoder().decode((await reader.read()).value);
      expect(await subscribers()).toBe(1);
      abort.abort();
      await expect.poll(subscribers, { timeout: 5000 }).toBe(0);

      // A stream followed to the end closes itself after "done" and lets go too.
      const events = await readEvents(await request(`/api/v1/submissions/${id}/events`, { token: student.token }));
      const last = events.at(-1);
      const endedDone =
        last?.event === "done" ||
        (last?.event === "snapshot" && (JSON.parse(last.data) as { status: string }).status === "done");
      expect(endedDone).toBe(true);
      await expect.poll(subscribers, { timeout: 5000 }).toBe(0);
    } finally {
      redis.disconnect();
      await waitUntilJudged(student.token, id);
    }
  });

  it("raised no uncaught errors in the page", () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
