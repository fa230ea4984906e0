import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newStudent, openProblem, signUp, type Browser } from "./chromium";
import { APLUSB_CORRECT, baseUrl, createToken, requireEnv, waitForLanguage } from "./support";

// "Run my code on my input" from the problem page: output, stderr, time and memory, the
// way a run ended, and never a submission.
const student = newStudent("customrun");
let browser: Browser;
let db: PrismaClient;
/** A run includes compiling in a sandbox; a cold one takes a few seconds, in ms. */
const RUN_TIMEOUT_MS = 60_000;

/** Clicks Run (or presses Ctrl+Enter in the input) and waits for this run's result. */
async function runAndWait(via: "button" | "keyboard" = "button"): Promise<{ verdict: string; ms: number }> {
  const { page } = browser;
  const result = page.getByTestId("run-result");
  const previous = (await result.count()) ? await result.getAttribute("data-run-id") : null;
  const started = Date.now();
  if (via === "button") await page.getByTestId("run-button").click();
  else await page.getByTestId("run-input").press("Control+Enter");
  const fresh = previous ? page.locator(`[data-testid="run-result"]:not([data-run-id="${previous}"])`) : result;
  await fresh.waitFor({ timeout: RUN_TIMEOUT_MS });
  return { verdict: (await fresh.getAttribute("data-verdict")) ?? "", ms: Date.now() - started };
}

describe("custom runs", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    await waitForLanguage("cpp");
    db = createPrismaClient(requireEnv("DATABASE_URL"));
    browser = await launchBrowser();
    await signUp(browser.page, student);
  });

  afterAll(async () => {
    await browser?.close();
    await db?.user.deleteMany({ where: { email: student.email } }); // custom runs cascade
    await db?.$disconnect();
  });

  it("runs the editor's code on sample 1 and shows the output, time and memory within seconds", async () => {
    const { page } = browser;
    await openProblem(page, "aplusb");
    expect(await page.getByTestId("run-input").inputValue()).toBe("1 2\n");
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    const { verdict, ms } = await runAndWait();
    expect(verdict).toBe("AC");
    expect(ms).toBeLessThan(RUN_TIMEOUT_MS);
    expect(await page.getByTestId("run-output").textContent()).toBe("3\n");
    expect(await page.getByTestId("run-time").textContent()).toMatch(/^\d+ ms$/);
    expect(await page.getByTestId("run-memory").textContent()).toMatch(/^[\d.]+ (KiB|MiB)$/);
    expect(await page.getByTestId("run-sample-match").getAttribute("data-matches")).toBe("true");
    await browser.screenshot("custom-run");
  });

  it("runs on the student's own input (Ctrl+Enter in the input box)", async () => {
    const { page } = browser;
    await page.getByTestId("run-input").fill("1000000000 1000000000\n");
    expect((await runAndWait("keyboard")).verdict).toBe("AC");
    expect(await page.getByTestId("run-output").textContent()).toBe("2000000000\n");
    expect(await page.getByTestId("run-sample-match").count()).toBe(0);
  });

  it("shows the compiler's message for code that does not compile", async () => {
    const { page } = browser;
    await page.getByLabel("Language").selectOption("cpp");
    await page.getByLabel("Source code").fill("int main() { return undefined_name; }\n");
    expect((await runAndWait()).verdict).toBe("CE");
    expect(await page.getByTestId("run-verdict").textContent()).toBe("Compilation Error");
    expect(await page.getByTestId("run-compile-output").textContent()).toContain("undefined_name");
    await browser.screenshot("custom-run-compile-error");
  });

  it("shows a crash as a runtime error with the program's stderr", async () => {
    const { page } = browser;
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill("a, b = map(int, input().split())\nprint(a // (b - b))\n");
    expect((await runAndWait()).verdict).toBe("RE");
    expect(await page.getByTestId("run-stderr").textContent()).toContain("ZeroDivisionError");
    await browser.colorScheme("dark");
    await browser.screenshot("custom-run-runtime-error-dark");
    await browser.colorScheme("light");
  });

  it("stops a program that runs past the time limit", async () => {
    const { page } = browser;
    await page.getByLabel("Source code").fill("while True:\n    pass\n");
    expect((await runAndWait()).verdict).toBe("TLE");
    expect(await page.getByTestId("run-verdict").textContent()).toBe("Time Limit Exceeded");
  });

  it("says what is wrong before sending empty code", async () => {
    const { page } = browser;
    await page.getByLabel("Source code").fill("   ");
    await page.getByTestId("run-button").click();
    expect(await page.getByTestId("run-error").textContent()).toBe(
      "Your code is empty. Write or upload a solution first.",
    );
  });

  it("answers the API in plain words: JSON only, runs private, sign-in required", async () => {
    const { request } = browser.context;
    const user = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    const { id } = await db.customRun.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });

    const own = await request.get(`${baseUrl()}/api/v1/custom-runs/${id}`);
    expect(await own.json()).toMatchObject({ id, problem: "aplusb", status: "done", verdict: "TLE" });

    // A cross-site form could post text/plain with the student's cookie; JSON needs a preflight.
    const asForm = await request.post(`${baseUrl()}/api/v1/custom-runs`, {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ problem: "aplusb", language: "python3", source: "print(1)", input: "" }),
    });
    expect(asForm.status()).toBe(415);
    expect(((await asForm.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);

    const badLanguage = await request.post(`${baseUrl()}/api/v1/custom-runs`, {
      data: { problem: "aplusb", language: "cobol", source: "print(1)", input: "" },
    });
    expect(badLanguage.status()).toBe(400);
    expect(((await badLanguage.json()) as { error: { message: string } }).error.message).toMatch(
      /Unknown language "cobol"/,
    );

    expect((await fetch(`${baseUrl()}/api/v1/custom-runs/${id}`)).status).toBe(401);
    const other = await createToken("student@arbiter.local");
    const someoneElse = await fetch(`${baseUrl()}/api/v1/custom-runs/${id}`, {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(someoneElse.status).toBe(404);
  });

  it("never counts as a submission", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    expect(await db.submission.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.customRun.count({ where: { userId: user.id } })).toBe(5);
  });

  it("raised no uncaught errors", () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
