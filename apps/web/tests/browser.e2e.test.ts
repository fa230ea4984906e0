import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APLUSB_CORRECT, APLUSB_WRONG, baseUrl, ensureScreenshotDir, waitForLanguage } from "./support";

// Drives the built app in headless Chromium as a student: sign in, solve A+B, read verdicts.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Judging a Python A+B on 10 tests, including a cold sandbox, in milliseconds. */
const VERDICT_TIMEOUT_MS = 120_000;

let userDataDir = "";
let context: BrowserContext;
let page: Page;
let shots = "";
const pageErrors: string[] = [];

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** Opens a problem page and waits until React has hydrated its submit form. */
async function openProblem(slug: string): Promise<void> {
  await page.goto(`${baseUrl()}/problems/${slug}`);
  await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
}

/** Submits `source` in Python 3 from the A+B page and returns once the verdict is final. */
async function solveAplusb(source: string, via: "keyboard" | "button"): Promise<string> {
  await openProblem("aplusb");
  await page.getByLabel("Language").selectOption("python3");
  await page.getByLabel("Source code").fill(source);
  if (via === "keyboard") {
    await page.getByLabel("Source code").press("Control+Enter");
  } else {
    await page.getByTestId("submit-button").click();
  }
  await page.waitForURL(/\/submissions\/[^/?]+/);
  const badge = page.getByTestId("final-verdict");
  await badge.waitFor({ timeout: VERDICT_TIMEOUT_MS });
  return (await badge.getAttribute("data-verdict")) ?? "";
}

async function expectTenTimedRows(): Promise<void> {
  const rows = page.getByTestId("test-row");
  expect(await rows.count()).toBe(10);
  for (const time of await page.getByTestId("test-time").allTextContents()) {
    expect(time.trim()).toMatch(/^\d+ ms$/);
  }
}

describe("web UI in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    shots = await ensureScreenshotDir();
    userDataDir = await mkdtemp(path.join(tmpdir(), "arbiter-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it("sends visitors to sign in, rejects a wrong password, then signs the student in", async () => {
    await page.goto(`${baseUrl()}/problems`);
    await page.waitForURL(/\/login\?next=%2Fproblems/);
    await screenshot("login");

    await page.getByLabel("Email").fill("student@arbiter.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByTestId("login-error").textContent()).toContain("Wrong email or password");

    await page.getByLabel("Password").fill("arbiter");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/problems$/);
    expect(await page.getByTestId("user-email").textContent()).toBe("student@arbiter.local");
    expect(await page.getByTestId("user-role").textContent()).toBe("student");
  });

  it("lists the problems", async () => {
    const row = page.locator('[data-testid="problem-row"][data-slug="aplusb"]');
    expect(await row.count()).toBe(1);
    await screenshot("problems");
    await row.getByRole("link", { name: "A+B", exact: true }).click();
    await page.waitForURL(/\/problems\/aplusb$/);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    expect(await page.getByTestId("problem-title").textContent()).toBe("A+B");
    expect(await page.getByTestId("sample").count()).toBeGreaterThan(0);
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    await screenshot("problem");
  });

  it("judges a correct Python solution as Accepted, test by test", async () => {
    const verdict = await solveAplusb(APLUSB_CORRECT, "keyboard");
    expect(verdict).toBe("AC");
    expect(await page.getByTestId("final-verdict").textContent()).toBe("Accepted");
    await expectTenTimedRows();
    expect(await page.locator('[data-testid="test-row"][data-verdict="AC"]').count()).toBe(10);
    await screenshot("submission-accepted");

    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot("submission-accepted-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("judges an off-by-one solution as Wrong Answer", async () => {
    const verdict = await solveAplusb(APLUSB_WRONG, "button");
    expect(verdict).toBe("WA");
    expect(await page.getByTestId("test-row").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="test-row"][data-verdict="WA"]').count()).toBeGreaterThan(0);
    await screenshot("submission-wrong-answer");
  });

  it("lists my submissions, newest first", async () => {
    await page.goto(`${baseUrl()}/submissions`);
    const rows = page.getByTestId("submission-row");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().locator("[data-verdict]").getAttribute("data-verdict")).toBe("WA");
    await screenshot("submissions");
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
