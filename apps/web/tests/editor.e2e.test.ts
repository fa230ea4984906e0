import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorText, launchBrowser, newStudent, openProblem, signUp, type Browser } from "./chromium";
import { requireEnv, waitForLanguage } from "./support";

// The CodeMirror editor as a student uses it: starters, drafts, languages, keyboard, files.
const student = newStudent("editor");
let browser: Browser;
let db: PrismaClient;
let fileDir = "";

const MY_PYTHON = "import sys\n\n# my own solution\nprint(sum(map(int, sys.stdin.read().split())))";

async function focusInEditor(): Promise<boolean> {
  return browser.page.evaluate(() => document.activeElement?.closest(".cm-editor") !== null);
}

describe("code editor", () => {
  beforeAll(async () => {
    await waitForLanguage("cpp");
    db = createPrismaClient(requireEnv("DATABASE_URL"));
    fileDir = await mkdtemp(path.join(tmpdir(), "arbiter-upload-"));
    browser = await launchBrowser();
    await signUp(browser.page, student);
  });

  afterAll(async () => {
    await browser?.close();
    await db?.user.deleteMany({ where: { email: student.email } });
    await db?.$disconnect();
    if (fileDir) await rm(fileDir, { recursive: true, force: true });
  });

  it("starts from a highlighted starter template in the first language", async () => {
    const { page } = browser;
    await openProblem(page, "aplusb");
    expect(await page.getByLabel("Language").inputValue()).toBe("python3");
    expect(await editorText(page)).toMatch(/^import sys\n\n\ndef main\(\) -> None:/);
    // Tokens are wrapped in highlighted spans once the Python grammar has loaded.
    await expect.poll(() => page.locator("#source .cm-line span[class]").count()).toBeGreaterThan(3);
    await browser.screenshot("editor");
  });

  it("keeps a draft per problem and language across a reload", async () => {
    const { page } = browser;
    await page.getByLabel("Source code").fill(MY_PYTHON);
    await page.reload();
    await openProblem(page, "aplusb");
    expect(await editorText(page)).toBe(MY_PYTHON);
  });

  it("switches to the new language's starter, offers to bring the code along, and restores drafts", async () => {
    const { page } = browser;
    await page.getByLabel("Language").selectOption("cpp");
    await expect.poll(() => editorText(page)).toMatch(/^#include <bits\/stdc\+\+\.h>/);
    expect(await page.getByTestId("carry-offer").textContent()).toContain("Your Python 3 code is kept");
    await browser.screenshot("editor-language-switch");

    await page.getByLabel("Language").selectOption("python3");
    await expect.poll(() => editorText(page)).toBe(MY_PYTHON);

    // The language choice survives a reload too.
    await page.getByLabel("Language").selectOption("java");
    await page.reload();
    await openProblem(page, "aplusb");
    expect(await page.getByLabel("Language").inputValue()).toBe("java");
    expect(await editorText(page)).toMatch(/public class Main/);

    // "Use that code here instead" moves the edited code into the new language.
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Language").selectOption("javascript");
    await page.getByTestId("carry-offer").getByRole("button").click();
    expect(await editorText(page)).toBe(MY_PYTHON);
    await page.getByTestId("reset-source").click(); // confirm() is dismissed by the harness: nothing changes
    expect(await editorText(page)).toBe(MY_PYTHON);
    expect(browser.dialogs.splice(0)).toEqual([expect.stringMatching(/^confirm: Replace your code/)]);
    await page.getByLabel("Language").selectOption("python3");
  });

  it("indents with Tab, and Esc then Tab leaves the editor (no keyboard trap)", async () => {
    const { page } = browser;
    await page.getByLabel("Source code").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await focusInEditor()).toBe(true);
    expect(await editorText(page)).toMatch(/\n {4}$/);

    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await focusInEditor()).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await focusInEditor()).toBe(true);
  });

  it("follows the system's dark mode", async () => {
    const { page } = browser;
    const background = () => page.locator(".cm-editor").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await browser.colorScheme("dark");
    await expect.poll(background).toBe("rgb(9, 9, 11)");
    await browser.screenshot("editor-dark");
    await browser.colorScheme("light");
    await expect.poll(background).toBe("rgb(255, 255, 255)");
  });

  it("loads an uploaded file and picks its language from the extension", async () => {
    const { page } = browser;
    const file = path.join(fileDir, "solution.cpp");
    const cpp = "#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b; }";
    await writeFile(file, cpp);
    await page.getByTestId("source-file").setInputFiles(file);
    await expect.poll(() => page.getByLabel("Language").inputValue()).toBe("cpp");
    expect(await editorText(page)).toBe(cpp);

    await writeFile(path.join(fileDir, "binary.py"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    await page.getByTestId("source-file").setInputFiles(path.join(fileDir, "binary.py"));
    expect(await page.getByTestId("submit-error").textContent()).toMatch(/not a text file/);
    expect(await editorText(page)).toBe(cpp);
  });

  it("refuses code over 64 KiB before sending it, saying how large it is", async () => {
    const { page } = browser;
    const huge = `// ${"x".repeat(70 * 1024)}\nint main() {}`;
    await page.getByLabel("Source code").fill(huge);
    await expect
      .poll(() => page.getByTestId("submit-error").textContent())
      .toMatch(/Your code is 70 KiB; the limit is 64 KiB/);
    expect(await page.getByTestId("submit-button").isDisabled()).toBe(true);
    await browser.screenshot("editor-too-large", { fullPage: false });
    await page.getByLabel("Source code").fill("int main() {}");
    expect(await page.getByTestId("submit-button").isDisabled()).toBe(false);
  });

  it("works on a phone screen", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await openProblem(page, "aplusb");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByLabel("Source code").scrollIntoViewIfNeeded();
    await browser.screenshot("editor-mobile", { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raised no uncaught errors", () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
