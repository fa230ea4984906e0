import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@arbiter/db/client";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { VERDICT_TIMEOUT_MS, baseUrl, ensureScreenshotDir, runCli } from "./support";

// Shared by the browser tests: one headless Chromium per test file, and what a student
// does in it (sign up, open a problem, submit).
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in any page: a test should end with none. */
  pageErrors: string[];
  /** alert/confirm/prompt dialogs that opened (each is dismissed). */
  dialogs: string[];
  /** The whole page by default, as on a screen as tall as the page. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Emulates the system color scheme and lets the color transitions finish. */
  colorScheme(scheme: "light" | "dark"): Promise<void>;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile (so localStorage and cookies start empty). */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const shots = await ensureScreenshotDir();
  const userDataDir = await mkdtemp(path.join(tmpdir(), "arbiter-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  context.on("page", (p) => p.on("pageerror", (error) => pageErrors.push(error.message)));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    context,
    page,
    pageErrors,
    dialogs,
    async screenshot(name, { fullPage = true } = {}) {
      const file = path.join(shots, `${name}.png`);
      const viewportSize = page.viewportSize();
      if (!fullPage || !viewportSize) return void (await page.screenshot({ path: file }));
      // A viewport as tall as the page rather than Playwright's stitched full-page shot: the
      // sticky header stays on top, and CodeMirror (which measures only what is visible)
      // lays out every line.
      await page.evaluate(() => window.scrollTo(0, 0));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: viewportSize.width, height: Math.max(height, viewportSize.height) });
      await page.waitForTimeout(200);
      await page.screenshot({ path: file });
      await page.setViewportSize(viewportSize);
    },
    async colorScheme(scheme) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300); // buttons and links animate their colors for 150 ms
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface NewStudent {
  name: string;
  email: string;
  password: string;
}

/** A unique student identity for one test run. */
export function newStudent(label: string): NewStudent {
  const id = randomUUID().slice(0, 8);
  return { name: `Ada ${label} ${id}`, email: `e2e-${label}-${id}@example.test`, password: `correct horse ${id}` };
}

/** Signs up through the form and waits for the problems list. */
export async function signUp(page: Page, student: NewStudent): Promise<void> {
  await page.goto(`${baseUrl()}/signup`);
  await page.getByLabel("Name").fill(student.name);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password", { exact: true }).fill(student.password);
  await page.getByLabel("Confirm password").fill(student.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/problems$/);
}

/** Deletes a student made by a test, submissions first; returns the user's id if there was one. */
export async function deleteStudent(db: PrismaClient, email: string): Promise<string | undefined> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return undefined;
  await db.submission.deleteMany({ where: { userId: user.id } });
  await db.user.delete({ where: { id: user.id } });
  return user.id;
}

/** Opens a problem page and waits until its editor and form are interactive. */
export async function openProblem(page: Page, slug: string): Promise<void> {
  await page.goto(`${baseUrl()}/problems/${slug}`);
  await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
  await page.locator('[data-testid="source-editor-frame"][data-ready]').waitFor();
}

/**
 * Submits `source` in Python 3 from a problem's page, with the Submit button or
 * Ctrl+Enter in the editor, and returns the final verdict's code once it is shown.
 */
export async function submitSolution(
  page: Page,
  slug: string,
  source: string,
  via: "button" | "keyboard" = "button",
): Promise<string> {
  await openProblem(page, slug);
  await page.getByLabel("Language").selectOption("python3");
  await page.getByLabel("Source code").fill(source);
  if (via === "keyboard") await page.getByLabel("Source code").press("Control+Enter");
  else await page.getByTestId("submit-button").click();
  await page.waitForURL(/\/submissions\/[^/?]+/);
  const badge = page.getByTestId("final-verdict");
  await badge.waitFor({ timeout: VERDICT_TIMEOUT_MS });
  return (await badge.getAttribute("data-verdict")) ?? "";
}

/** The code currently in the CodeMirror editor. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll("#source .cm-line")].map((l) => l.textContent ?? "");
    return lines.join("\n");
  });
}

export interface TempProblem {
  slug: string;
  dir: string;
  remove(): Promise<void>;
}

/**
 * Writes a Kattis-layout package to a temp dir and imports it with the CLI
 * (`problem:import <dir> --slug <slug>`). `remove` deletes the folder; the rows are the
 * caller's to delete (with submissions, if any, first).
 */
export async function importTempProblem(options: {
  slug: string;
  yaml: string;
  statement: string;
  samples: [string, string][];
}): Promise<TempProblem> {
  const dir = await mkdtemp(path.join(tmpdir(), `arbiter-${options.slug}-`));
  await mkdir(path.join(dir, "problem_statement"), { recursive: true });
  await mkdir(path.join(dir, "data", "sample"), { recursive: true });
  await mkdir(path.join(dir, "data", "secret"), { recursive: true });
  await writeFile(path.join(dir, "problem.yaml"), options.yaml);
  await writeFile(path.join(dir, "problem_statement", "problem.en.md"), options.statement);
  for (const [i, [input, answer]] of options.samples.entries()) {
    await writeFile(path.join(dir, "data", "sample", `${i + 1}.in`), input);
    await writeFile(path.join(dir, "data", "sample", `${i + 1}.ans`), answer);
    await writeFile(path.join(dir, "data", "secret", `${i + 1}.in`), input);
    await writeFile(path.join(dir, "data", "secret", `${i + 1}.ans`), answer);
  }
  await runCli("problem:import", dir, "--slug", options.slug);
  return { slug: options.slug, dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
