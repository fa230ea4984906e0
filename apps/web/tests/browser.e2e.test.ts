import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorText, launchBrowser, submitSolution, type Browser } from "./chromium";
import { APLUSB_CORRECT, APLUSB_WRONG, baseUrl, waitForLanguage } from "./support";

// Drives the built app in headless Chromium as a student: sign in, solve A+B, read verdicts.
let browser: Browser;
let page: Browser["page"];

/**
 * Ten rows: the two samples with their own time, the hidden tests without (A+B shows
 * hidden tests' verdicts only; their time is given only as a maximum, never per test).
 */
async function expectTenTimedRows(): Promise<void> {
  const rows = page.getByTestId("test-row");
  expect(await rows.count()).toBe(10);
  const times = (await page.getByTestId("test-time").allTextContents()).map((t) => t.trim());
  expect(times.slice(0, 2).every((t) => /^\d+ ms$/.test(t))).toBe(true);
  expect(times.slice(2).every((t) => t === "—")).toBe(true);
}

describe("web UI in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("sends visitors to sign in, rejects a wrong password, then signs the student in", async () => {
    await page.goto(`${baseUrl()}/problems`);
    await page.waitForURL(/\/login\?next=%2Fproblems/);
    await browser.screenshot("login");

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
    await browser.screenshot("problems");
    await row.getByRole("link", { name: "A+B", exact: true }).click();
    await page.waitForURL(/\/problems\/aplusb$/);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    expect(await page.getByTestId("problem-title").textContent()).toBe("A+B");
    expect(await page.getByTestId("sample").count()).toBeGreaterThan(0);
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    await browser.screenshot("problem");
  });

  it("judges a correct Python solution as Accepted, test by test", async () => {
    const verdict = await submitSolution(page, "aplusb", APLUSB_CORRECT, "keyboard");
    expect(verdict).toBe("AC");
    expect(await page.getByTestId("final-verdict").textContent()).toBe("Accepted");
    await expectTenTimedRows();
    expect(await page.locator('[data-testid="test-row"][data-verdict="AC"]').count()).toBe(10);
    await browser.screenshot("submission-accepted");

    await browser.colorScheme("dark");
    await browser.screenshot("submission-accepted-dark");
    await browser.colorScheme("light");
  });

  it("judges an off-by-one solution as Wrong Answer", async () => {
    const verdict = await submitSolution(page, "aplusb", APLUSB_WRONG, "button");
    expect(verdict).toBe("WA");
    expect(await page.getByTestId("test-row").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="test-row"][data-verdict="WA"]').count()).toBeGreaterThan(0);
    await browser.screenshot("submission-wrong-answer");
  });

  it("opens a submission's code in the editor again, offering back the draft it replaced", async () => {
    const submissionUrl = page.url();
    const id = submissionUrl.split("/").pop() ?? "";
    await page.getByTestId("open-in-editor").click();
    await page.getByTestId("restored-notice").waitFor();
    // `?from=` is dropped, so a reload keeps later edits.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/problems/aplusb");
    expect(await page.getByTestId("restored-notice").textContent()).toContain(id);
    expect(await editorText(page)).toBe(APLUSB_WRONG);
    expect(await page.getByLabel("Language").inputValue()).toBe("python3");
    // The draft was this very code: nothing to go back to.
    expect(await page.getByRole("button", { name: "Go back to my draft" }).count()).toBe(0);

    await page.getByLabel("Source code").fill("print('my draft')\n");
    await page.goto(submissionUrl);
    await page.getByTestId("open-in-editor").click();
    await page.getByTestId("restored-notice").waitFor();
    expect(await editorText(page)).toBe(APLUSB_WRONG);
    await browser.screenshot("problem-edit-and-resubmit");
    await page.getByRole("button", { name: "Go back to my draft" }).click();
    expect(await editorText(page)).toBe("print('my draft')\n");
    expect(await page.getByTestId("restored-notice").count()).toBe(0);
  });

  it("lists my submissions, newest first", async () => {
    await page.goto(`${baseUrl()}/submissions`);
    const rows = page.getByTestId("submission-row");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().locator("[data-verdict]").getAttribute("data-verdict")).toBe("WA");
    await browser.screenshot("submissions");
  });

  it("raised no uncaught errors in the page", () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
