import {
  RATE_LIMITS,
  SIGN_UP_REFUSED,
  createSession,
  enforceSubmissionRateLimit,
  getSessionUser,
  rateLimitKey,
  signInWithPassword,
} from "@arbiter/core";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deleteStudent,
  editorText,
  launchBrowser,
  newStudent,
  openProblem,
  signUp,
  submitSolution,
  type Browser,
} from "./chromium";
import { APLUSB_CORRECT, baseUrl, requireEnv, waitForLanguage } from "./support";

// A new student's first session: sign up, solve A+B, sign out and in; the brute-force
// and submission limits, with the messages people see.
const student = newStudent("accounts");
const lockedEmail = `e2e-locked-${student.email}`;
let browser: Browser;
let db: PrismaClient;
let redis: Redis;

/** One sign-in attempt, waiting until the server has answered it; returns the error shown. */
async function attemptSignIn(page: Browser["page"], email: string, password: string): Promise<string | null> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
  // Pending is over (and React has reset the form) once the button reads "Sign in" again.
  await page.getByRole("button", { name: "Sign in", exact: true }).waitFor();
  return page.getByTestId("login-error").textContent();
}

describe("accounts", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    db = createPrismaClient(requireEnv("DATABASE_URL"));
    redis = new Redis(requireEnv("REDIS_URL"), { maxRetriesPerRequest: 1 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const userId = db && (await deleteStudent(db, student.email));
    if (userId) await redis.del(rateLimitKey(RATE_LIMITS.submission, userId));
    await redis?.del(
      ...[lockedEmail, student.email].map((email) => rateLimitKey(RATE_LIMITS.signInFailuresPerAccount, email)),
      ...["127.0.0.1", "::1"].flatMap((ip) => [
        rateLimitKey(RATE_LIMITS.signInFailuresPerAddress, ip),
        rateLimitKey(RATE_LIMITS.signInFailuresPerAccountAddress, `${lockedEmail}\u0000${ip}`),
      ]),
    );
    await redis?.quit();
    await db?.$disconnect();
  });

  it("explains every mistake on the sign-up form, next to its field", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId("signup-link").click();
    await page.waitForURL(/\/signup$/);
    await browser.screenshot("signup");

    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByTestId("name-error").waitFor();
    expect(await page.getByTestId("name-error").textContent()).toBe("Enter your name.");
    expect(await page.getByTestId("email-error").textContent()).toBe("Enter your email address.");
    expect(await page.getByTestId("password-error").textContent()).toMatch(/at least 8 characters/);

    await page.getByLabel("Name").fill(student.name);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill(student.password);
    await page.getByLabel("Confirm password").fill(`${student.password}!`);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.getByTestId("email-error").textContent()).toMatch(/valid email address/);
    expect(await page.getByTestId("confirm-error").textContent()).toBe("The two passwords do not match.");
    // What was typed survives a refused form (never the passwords).
    expect(await page.getByLabel("Name").inputValue()).toBe(student.name);
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
    await browser.screenshot("signup-errors");
    await browser.colorScheme("dark");
    await browser.screenshot("signup-errors-dark");
    await browser.colorScheme("light");
  });

  it("signs up a student, who lands on the problems list signed in", async () => {
    await signUp(browser.page, student);
    expect(await browser.page.getByTestId("user-email").textContent()).toBe(student.email);
    expect(await browser.page.getByTestId("user-role").textContent()).toBe("student");
    const row = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    expect(row).toMatchObject({ role: "student", name: student.name });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
  });

  it("solves A+B as the new student: Accepted, and the list shows it solved", async () => {
    const { page } = browser;
    expect(await submitSolution(page, "aplusb", APLUSB_CORRECT)).toBe("AC");

    await page.goto(`${baseUrl()}/problems`);
    expect(await page.locator('[data-testid="problem-row"][data-slug="aplusb"]').getAttribute("data-state")).toBe(
      "solved",
    );
  });

  it("signs out, refuses the same email twice, and signs back in", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${baseUrl()}/problems`);
    await page.waitForURL(/\/login\?next=/);

    await page.goto(`${baseUrl()}/signup`);
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(student.email.toUpperCase());
    await page.getByLabel("Password", { exact: true }).fill("another password");
    await page.getByLabel("Confirm password").fill("another password");
    await page.getByRole("button", { name: "Create account" }).click();
    // Refused without saying the email is registered (a stranger could be asking).
    await expect.poll(() => page.getByTestId("signup-error").textContent()).toBe(SIGN_UP_REFUSED);
    expect(await page.locator("body").textContent()).not.toMatch(/already (exists|registered|taken)/i);

    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel("Email").fill(student.email);
    await page.getByLabel("Password").fill(student.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/problems$/);
    expect(await page.getByTestId("user-email").textContent()).toBe(student.email);
  });

  it("changes the password on the Account page, signing other browsers out", async () => {
    const { page } = browser;
    const user = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    const elsewhere = await createSession(db, user.id);
    const newPassword = `${student.password} changed`;

    await page.getByTestId("account-link").click();
    await page.waitForURL(/\/account$/);
    expect(await page.getByTestId("account").textContent()).toContain(student.email);
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect
      .poll(() => page.getByTestId("current-error").textContent())
      .toBe("Your current password is not right.");
    await browser.screenshot("account-wrong-password");

    await page.getByLabel("Current password").fill(student.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect
      .poll(() => page.getByTestId("password-changed").textContent())
      .toBe("Your password has been changed. 1 other browser was signed out.");
    await browser.screenshot("account-password-changed");

    expect(await getSessionUser(db, elsewhere.cookieValue)).toBeNull();
    await expect(signInWithPassword(db, student.email, newPassword)).resolves.toMatchObject({ id: user.id });
    await expect(signInWithPassword(db, student.email, student.password)).rejects.toThrow("Wrong email or password");
    // This browser stays signed in.
    await page.goto(`${baseUrl()}/problems`);
    expect(await page.getByTestId("user-email").textContent()).toBe(student.email);
  });

  it("refuses one quick submission too many with a plain message, storing nothing and keeping the code", async () => {
    const { page } = browser;
    const user = await db.user.findUniqueOrThrow({ where: { email: student.email } });
    const before = await db.submission.count({ where: { userId: user.id } });
    // Use up the burst the way quick submissions would.
    await redis.del(rateLimitKey(RATE_LIMITS.submission, user.id));
    for (let i = 0; i < RATE_LIMITS.submission.capacity; i++) await enforceSubmissionRateLimit(redis, user.id);

    await openProblem(page, "aplusb");
    await page.getByLabel("Source code").fill(APLUSB_CORRECT);
    await page.getByTestId("submit-button").click();
    const message = page.getByTestId("submit-error");
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      /^You are submitting too fast; try again in \d+ s\. Nothing was submitted\.$/,
    );
    expect(await message.getAttribute("data-tone")).toBe("warning");
    expect(page.url()).toMatch(/\/problems\/aplusb$/);
    expect(await editorText(page)).toBe(APLUSB_CORRECT);
    expect(await db.submission.count({ where: { userId: user.id } })).toBe(before);
    await browser.screenshot("submit-rate-limited");
  });

  it("stops password guessing on one account from one address after 10 wrong passwords", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login$/);
    for (let attempt = 1; attempt <= RATE_LIMITS.signInFailuresPerAccountAddress.capacity; attempt++) {
      expect(await attemptSignIn(page, lockedEmail, `guess ${attempt}`)).toBe("Wrong email or password");
    }
    expect(await attemptSignIn(page, lockedEmail, "guess 11")).toMatch(
      /^Too many sign-in attempts\. Please wait \d+ s and try again\.$/,
    );
    await browser.screenshot("login-rate-limited");
  });

  it("raised no uncaught errors and opened no dialogs", () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.dialogs).toEqual([]);
  });
});
