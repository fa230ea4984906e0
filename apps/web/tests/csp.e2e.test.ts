import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import type { ConsoleMessage } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseContentSecurityPolicy } from "../src/lib/contentSecurityPolicy";
import { deleteStudent, editorText, launchBrowser, newStudent, openProblem, signUp, type Browser } from "./chromium";
import { baseUrl, requireEnv } from "./support";

// Scripts run only with the nonce of their response: no 'unsafe-inline' in script-src.
// Next must still put that nonce on its own scripts, or no page would hydrate.
const student = newStudent("csp");
let browser: Browser;
let db: PrismaClient;
const violations: string[] = [];

async function policyOf(pathname: string): Promise<{ policy: Map<string, string[]>; html: string }> {
  const response = await fetch(`${baseUrl()}${pathname}`, { redirect: "manual" });
  const header = response.headers.get("content-security-policy");
  expect(header, `no CSP on ${pathname}`).toBeTruthy();
  return { policy: parseContentSecurityPolicy(header ?? ""), html: await response.text() };
}

function nonceOf(policy: Map<string, string[]>): string {
  const source = policy.get("script-src")?.find((s) => s.startsWith("'nonce-"));
  expect(source, "script-src has no nonce").toBeDefined();
  return (source ?? "").slice("'nonce-".length, -1);
}

describe("content security policy", () => {
  beforeAll(async () => {
    db = createPrismaClient(requireEnv("DATABASE_URL"));
    browser = await launchBrowser();
    const record = (message: ConsoleMessage) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    };
    browser.page.on("console", record);
    // Reported by the browser for every blocked script, style or connection.
    await browser.context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (db) await deleteStudent(db, student.email);
    await db?.$disconnect();
  });

  it("allows scripts by a nonce that is fresh on every response, never 'unsafe-inline' or eval", async () => {
    const nonces = new Set<string>();
    for (const pathname of ["/", "/", "/problems", "/problems/aplusb", "/login", "/no-such-page"]) {
      const { policy } = await policyOf(pathname);
      const scriptSources = policy.get("script-src") ?? [];
      expect(scriptSources, pathname).not.toContain("'unsafe-inline'");
      expect(scriptSources, pathname).not.toContain("'unsafe-eval'");
      expect(policy.get("object-src"), pathname).toEqual(["'none'"]);
      nonces.add(nonceOf(policy));
    }
    expect(nonces.size).toBe(6);
  });

  it("puts the response's nonce on every script in the page", async () => {
    const { policy, html } = await policyOf("/problems/aplusb");
    const nonce = nonceOf(policy);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("still hydrates pages: sign-up, the problem page and its editor work with no violation", async () => {
    const { page } = browser;
    await signUp(page, student);
    await openProblem(page, "aplusb");
    // The editor and its language switch exist only once React has hydrated the page.
    await page.getByLabel("Source code").fill("print(42)");
    expect(await editorText(page)).toBe("print(42)");
    await page.getByLabel("Language").selectOption("cpp");
    await expect.poll(() => editorText(page)).toMatch(/^#include <bits\/stdc\+\+\.h>/);
    await expect.poll(() => page.locator("#source .cm-line span[class]").count()).toBeGreaterThan(3);
    // A client-side navigation loads more script chunks under the same policy.
    await page.getByRole("link", { name: "Problems", exact: true }).first().click();
    await page.waitForURL(/\/problems$/);
    await browser.screenshot("csp-problems-after-navigation");
    expect(violations).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
