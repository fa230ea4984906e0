import { randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deleteStudent,
  importTempProblem,
  launchBrowser,
  newStudent,
  signUp,
  type Browser,
  type TempProblem,
} from "./chromium";
import { baseUrl, requireEnv, waitForLanguage } from "./support";

// The problems list (search, tags, difficulty, the student's progress) and problem
// statements: math rendered with bundled KaTeX, and no way for a statement to run script.
const run = randomUUID().slice(0, 6);
const tagSecurity = `e2e-${run}-security`;
const tagGraphs = `e2e-${run}-graphs`;
const student = newStudent("problems");
let browser: Browser;
let db: PrismaClient;
const problems: TempProblem[] = [];
/** Requests the pages made to anywhere but the app (fonts, CDNs, trackers): must stay empty. */
const foreignRequests: string[] = [];

/** A statement that tries every way we know to run script in a student's browser. */
const MALICIOUS_STATEMENT = `Read two numbers and print their sum.

<script>window.__xss = "script tag"</script>
<img src="x" onerror="window.__xss = 'img onerror'; alert('img')">
<a href="javascript:window.__xss='link';alert('link')" id="js-link">a javascript: link</a>
[a markdown link](javascript:window.__xss='md';alert('md'))
<svg onload="window.__xss='svg'"><circle r="5"/></svg>
<iframe src="javascript:parent.__xss='iframe'"></iframe>
<div style="position:fixed;inset:0;background:red" onmouseover="window.__xss='hover'">cover</div>
<form action="javascript:alert('form')"><button id="evil-button">Claim prize</button></form>

Math that tries too: $\\href{javascript:window.__xss='katex';alert('katex')}{click the formula}$ and
$\\url{javascript:alert(1)}$ and $\\htmlId{__next}{x}$, next to honest math $a + b \\le 2 \\cdot 10^9$.
`;

const MATH_STATEMENT = `Given a graph with $n$ vertices, count paths.

$$
\\sum_{i=1}^{n} \\binom{n}{i} = 2^n - 1
$$

Output the answer modulo $10^9 + 7$.
`;

function problemYaml(title: string, tags: string[], difficulty: number): string {
  return `name: ${title}\ntags: [${tags.join(", ")}]\nlimits:\n  time_limit: 1\n  memory: 256\narbiter:\n  difficulty: ${difficulty}\n`;
}

describe("problems list and statements", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    db = createPrismaClient(requireEnv("DATABASE_URL"));
    problems.push(
      await importTempProblem({
        slug: `e2e-xss-${run}`,
        yaml: problemYaml(`Sum Safely ${run}`, [tagSecurity], 3),
        statement: MALICIOUS_STATEMENT,
        samples: [["1 2\n", "3\n"]],
      }),
      await importTempProblem({
        slug: `e2e-paths-${run}`,
        yaml: problemYaml(`Counting Paths ${run}`, [tagGraphs, tagSecurity], 4),
        statement: MATH_STATEMENT,
        samples: [["3\n", "7\n"]],
      }),
    );
    browser = await launchBrowser();
    browser.context.on("request", (request) => {
      const target = request.url();
      if (!target.startsWith(baseUrl()) && !target.startsWith("data:")) foreignRequests.push(target);
    });
    await signUp(browser.page, student);
  });

  afterAll(async () => {
    await browser?.close();
    if (db) await deleteStudent(db, student.email);
    await db?.problem.deleteMany({ where: { slug: { in: problems.map((p) => p.slug) } } });
    await db?.$disconnect();
    for (const problem of problems) await problem.remove();
  });

  it("lists every problem, untried, with tags and difficulty", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems`);
    const row = page.locator(`[data-testid="problem-row"][data-slug="e2e-paths-${run}"]`);
    expect(await row.getAttribute("data-state")).toBe("untried");
    expect(await row.getByTestId("problem-tag").allTextContents()).toEqual([tagGraphs, tagSecurity]);
    expect(await row.textContent()).toContain("Hard");
    await browser.screenshot("problems");
  });

  it("searches by title or slug, case-insensitively, and says when nothing matches", async () => {
    const { page } = browser;
    await page.getByTestId("problem-search").fill(`counting PATHS ${run}`);
    await page.getByTestId("problem-search").press("Enter");
    await page.waitForURL(/q=counting/);
    expect(await slugsShown()).toEqual([`e2e-paths-${run}`]);

    await page.getByTestId("problem-search").fill(`e2e-xss-${run}`);
    await page.getByTestId("problem-search").press("Enter");
    await page.waitForURL(/q=e2e-xss/);
    expect(await slugsShown()).toEqual([`e2e-xss-${run}`]);

    await page.getByTestId("problem-search").fill(`no such problem ${run}`);
    await page.getByTestId("problem-search").press("Enter");
    await page.getByTestId("problems-no-match").waitFor();
    expect(await page.getByTestId("problems-no-match").textContent()).toContain("Nothing matches");
    await browser.screenshot("problems-no-match");
  });

  it("filters by tag and by difficulty as soon as they are picked", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems`);
    await page.getByTestId("tag-filter").selectOption(tagSecurity);
    await page.waitForURL(new RegExp(`tag=${tagSecurity}`));
    expect((await slugsShown()).sort()).toEqual([`e2e-paths-${run}`, `e2e-xss-${run}`]);

    await page.getByTestId("difficulty-filter").selectOption("3");
    await page.waitForURL(/difficulty=3/);
    expect(await slugsShown()).toEqual([`e2e-xss-${run}`]);
    await browser.screenshot("problems-filtered");

    // A tag chip is a link to that tag's list.
    await page.goto(`${baseUrl()}/problems`);
    await page
      .locator(`[data-testid="problem-row"][data-slug="e2e-paths-${run}"]`)
      .getByRole("link", { name: tagGraphs })
      .click();
    await page.waitForURL(new RegExp(`tag=${tagGraphs}`));
    expect(await slugsShown()).toEqual([`e2e-paths-${run}`]);
  });

  it("marks problems solved ✓ or attempted from the student's own submissions", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    const [xss, paths] = await Promise.all(
      problems.map((p) => db.problem.findUniqueOrThrow({ where: { slug: p.slug }, select: { id: true } })),
    );
    const base = { userId: user.id, language: "python3", source: "print(0)", status: "done" as const };
    await db.submission.createMany({
      data: [
        { ...base, problemId: xss!.id, verdict: "WA" },
        { ...base, problemId: paths!.id, verdict: "WA" },
        { ...base, problemId: paths!.id, verdict: "AC" },
      ],
    });
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems?tag=${tagSecurity}`);
    const state = (slug: string) =>
      page.locator(`[data-testid="problem-row"][data-slug="${slug}"]`).getAttribute("data-state");
    expect(await state(`e2e-paths-${run}`)).toBe("solved");
    expect(await state(`e2e-xss-${run}`)).toBe("attempted");
    expect(await page.getByTestId("solved-count").textContent()).toContain("Solved 1 of 2");
    await browser.screenshot("problems-progress");
    await browser.colorScheme("dark");
    await browser.screenshot("problems-progress-dark");
    await browser.colorScheme("light");
  });

  it("serves the same list over the API, with progress only for a signed-in caller", async () => {
    const anonymous = (await (await fetch(`${baseUrl()}/api/v1/problems?tag=${tagSecurity}`)).json()) as {
      slug: string;
      state?: string;
    }[];
    expect(anonymous.map((p) => p.slug).sort()).toEqual([`e2e-paths-${run}`, `e2e-xss-${run}`]);
    expect(anonymous.every((p) => p.state === undefined)).toBe(true);

    const signedIn = await browser.context.request.get(`${baseUrl()}/api/v1/problems?tag=${tagSecurity}&difficulty=4`);
    expect(await signedIn.json()).toEqual([
      {
        slug: `e2e-paths-${run}`,
        title: `Counting Paths ${run}`,
        timeLimitMs: 1000,
        memoryLimitMb: 256,
        tags: [tagGraphs, tagSecurity],
        difficulty: 4,
        state: "solved",
      },
    ]);
    const badToken = await fetch(`${baseUrl()}/api/v1/problems`, { headers: { authorization: "Bearer arb_nope" } });
    expect(badToken.status).toBe(401);
  });

  it("renders a hostile statement without running any of it", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems/e2e-xss-${run}`);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    const statement = page.getByTestId("statement");
    expect(await statement.textContent()).toContain("Read two numbers and print their sum.");

    // Hover and click everything a student might touch.
    await statement.hover();
    const links = statement.locator("a");
    for (let i = 0; i < (await links.count()); i++)
      await links
        .nth(i)
        .click({ timeout: 2000 })
        .catch(() => undefined);
    const formulas = statement.locator(".katex-html");
    for (let i = 0; i < (await formulas.count()); i++) await formulas.nth(i).click();
    await page.waitForTimeout(500);

    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(browser.dialogs).toEqual([]);
    expect(page.url()).toBe(`${baseUrl()}/problems/e2e-xss-${run}`);
    const dangerous = await statement.evaluate((root) => ({
      scripts: root.querySelectorAll("script, iframe, object, embed, form, svg").length,
      handlers: [...root.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
      scriptUrls: [...root.querySelectorAll("[href], [src], [action]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "")
        .filter((u) => /^\s*javascript:/i.test(u)),
      fixed: [...root.querySelectorAll<HTMLElement>("*")].filter((el) => getComputedStyle(el).position === "fixed")
        .length,
      clobbered: document.getElementById("__next") !== null || document.getElementById("js-link") !== null,
    }));
    expect(dangerous).toEqual({ scripts: 0, handlers: [], scriptUrls: [], fixed: 0, clobbered: false });
    // The honest formula still renders.
    expect(await statement.locator(".katex").count()).toBeGreaterThan(0);
    await browser.screenshot("problem-hostile-statement");
  });

  it("renders math with KaTeX and its fonts, all served by Arbiter itself", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems/e2e-paths-${run}`);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    const statement = page.getByTestId("statement");
    expect(await statement.locator(".katex-display").count()).toBe(1);
    expect(await statement.locator(".katex").count()).toBeGreaterThanOrEqual(3);
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replaceAll('"', ""));
      return ["KaTeX_Main", "KaTeX_Math"].every((family) => loaded.includes(family));
    });
    expect(fontsLoaded).toBe(true);
    expect(await page.getByTestId("limits").textContent()).toMatch(/Time limit\s*1 s.*Memory limit\s*256 MiB/);
    const python = page.locator('[data-testid="languages"] [data-language="python3"]');
    expect(await python.textContent()).toMatch(/Python 3\s+3\.\d+/);
    await browser.screenshot("problem-math");

    await browser.colorScheme("dark");
    await browser.screenshot("problem-math-dark");
    await browser.colorScheme("light");
    expect(foreignRequests).toEqual([]);
  });

  it("fits a phone screen", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/problems`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await browser.screenshot("problems-mobile");
    await page.goto(`${baseUrl()}/problems/e2e-paths-${run}`);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await browser.screenshot("problem-mobile");
    await browser.colorScheme("dark");
    await browser.screenshot("problem-mobile-dark");
    await browser.colorScheme("light");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raised no uncaught errors and opened no dialogs", () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.dialogs).toEqual([]);
  });
});

async function slugsShown(): Promise<string[]> {
  const rows = browser.page.getByTestId("problem-row");
  const slugs = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-slug") ?? ""));
  // Other tests' problems (aplusb and friends) may be listed too; keep this run's.
  return slugs.filter((s) => s.endsWith(run));
}
