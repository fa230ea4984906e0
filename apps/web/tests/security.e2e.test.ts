import { randomBytes } from "node:crypto";
import { RATE_LIMITS, createApiToken, getSessionUser, rateLimitKey } from "@arbiter/core";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import {
  Fixtures,
  readEvents,
  request,
  signInAs,
  submit,
  waitUntilJudged,
  type ServerSentEvent,
  type Student,
} from "./submissionFixtures";
import { requireEnv, waitForLanguage } from "./support";

// What an outside attacker tried against the running app (issue 14): open redirects,
// spoofed client addresses, cross-site posts, and input that used to end in a 500.
const fixtures = new Fixtures();
let student: Student;
let redis: Redis;
let browser: Browser;

/** Our error body: a code for programs and a message for people, nothing internal. */
async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/at .+\.(ts|js):\d+|prisma|SELECT /i);
}

/** The per-address sign-in buckets of this machine's loopback address (every e2e test signs in from it). */
function loopbackSignInKeys(): string[] {
  return ["127.0.0.1", "::1"].flatMap((ip) => [
    rateLimitKey(RATE_LIMITS.signInPerIp, ip),
    rateLimitKey(RATE_LIMITS.signInFailuresPerAddress, ip),
  ]);
}

describe("security", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    student = await fixtures.student("security");
    redis = new Redis(requireEnv("REDIS_URL"), { maxRetriesPerRequest: 1 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await redis?.del(...loopbackSignInKeys());
    await redis?.quit();
    await fixtures.cleanUp();
  });

  describe("response headers", () => {
    it("switch off browser features we never use, and insist on HTTPS only when served over it", async () => {
      const plain = await request("/login");
      expect(plain.headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      const https = await request("/login", {}, { headers: { "x-forwarded-proto": "https" } });
      expect(https.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    });
  });

  describe("after sign-in, ?next= stays on this site", () => {
    it.each([
      ["/%09/evil.example", "a tab the browser would drop"],
      ["/%0A/evil.example", "a newline"],
      ["/%5Cevil.example", "a backslash"],
      ["/%2F/evil.example", "an encoded slash"],
      ["//evil.example", "a scheme-relative URL"],
      ["https://evil.example/", "an absolute URL"],
      ["/%C3%A9v%C3%AFl", "non-ASCII"],
    ])("sends a signed-in user home for %s (%s), never a 500", async (next) => {
      const response = await request(`/login?next=${next}`, { session: student.session });
      expect(response.status).toBe(307);
      expect(response.headers.get("location")).toMatch(/^\/problems$|^http:\/\/[^/]+\/problems$/);
    });

    it("still follows a path of ours", async () => {
      const response = await request(`/signup?next=${encodeURIComponent("/submissions?verdict=WA")}`, {
        session: student.session,
      });
      expect(response.status).toBe(307);
      expect(response.headers.get("location")).toMatch(/\/submissions\?verdict=WA$/);
    });
  });

  describe("bad input is a 400 or 413 in our error shape", () => {
    it.each([
      "/api/v1/submissions/abc%00",
      "/api/v1/submissions?cursor=a%00b",
      "/api/v1/submissions?problem=aplusb%00",
      "/api/v1/submissions/abc%00/events",
      "/api/v1/custom-runs/abc%00",
    ])("%s", async (path) => {
      await expectError(await request(path, { token: student.token }), 400, "bad_request");
    });

    it("refuses an id that cannot be ours before it reaches the database", async () => {
      await expectError(await request("/api/v1/submissions/a%0Ab", { token: student.token }), 400, "bad_request");
      await expectError(
        await request("/api/v1/submissions?cursor=x%20y", { token: student.token }),
        400,
        "bad_request",
      );
    });

    it("answers a 3 MB server-action body with 413", async () => {
      const { page } = browser;
      await page.goto(`${baseUrlOf()}/login`);
      await page.getByLabel("Email").fill(`nobody-${randomBytes(3).toString("hex")}@example.test`);
      await page.getByLabel("Password").fill("not the password");
      const [posted] = await Promise.all([
        page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/login"),
        page.getByRole("button", { name: "Sign in", exact: true }).click(),
      ]);
      const actionId = await posted.headerValue("next-action");
      expect(actionId, "the sign-in form posts a server action").toBeTruthy();
      await page.getByTestId("login-error").waitFor();

      const response = await request(
        "/login",
        {},
        {
          method: "POST",
          headers: { "next-action": actionId ?? "", "content-type": "text/plain;charset=UTF-8", origin: baseUrlOf() },
          body: JSON.stringify(["x".repeat(3 * 1024 * 1024)]),
        },
      );
      await expectError(response, 413, "payload_too_large");
    });
  });

  describe("cookies count only for requests from our own pages", () => {
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const submission = JSON.stringify({ problem: "aplusb", language: "python3", source: "print(1)" });

    it("refuses a cross-site submit with the session cookie, as a form or as JSON", async () => {
      for (const contentType of ["text/plain;charset=UTF-8", "application/json"]) {
        const response = await request(
          "/api/v1/submissions",
          { session: student.session },
          { method: "POST", headers: { ...crossSite, "content-type": contentType }, body: submission },
        );
        await expectError(response, 403, "forbidden");
      }
      await expectError(
        await request(
          "/api/v1/custom-runs",
          { session: student.session },
          { method: "POST", headers: { origin: "https://evil.example" }, body: "{}" },
        ),
        403,
        "forbidden",
      );
      expect(await fixtures.db.submission.count({ where: { userId: student.id } })).toBe(0);
    });

    it("reads only JSON bodies, with a cookie or a token (415)", async () => {
      const headers = { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin" };
      for (const who of [{ session: student.session }, { token: student.token }]) {
        const response = await request("/api/v1/submissions", who, { method: "POST", headers, body: submission });
        await expectError(response, 415, "unsupported_media_type");
      }
      expect(await fixtures.db.submission.count({ where: { userId: student.id } })).toBe(0);
    });

    it("does not check where a token request comes from: it is no cookie riding along", async () => {
      const response = await request(
        "/api/v1/submissions",
        { token: student.token },
        { method: "POST", headers: crossSite, body: "{not json" },
      );
      await expectError(response, 400, "bad_request");
    });

    it("signs out only from our own pages", async () => {
      const crossSiteLogout = await request(
        "/logout",
        { session: student.session },
        { method: "POST", headers: crossSite },
      );
      await expectError(crossSiteLogout, 403, "forbidden");
      expect(await getSessionUser(fixtures.db, student.session)).toMatchObject({ id: student.id });
    });
  });

  describe("API tokens can be listed, revoked and expire", () => {
    const listOwn = (token: string) => request("/api/v1/submissions", { token });

    it("creates one on the Account page (shown once), lists it, and a revoked one is 401", async () => {
      const { context, page } = browser;
      await signInAs(context, student);
      await page.goto(`${baseUrlOf()}/account`);
      await page.getByLabel("Name").fill("e2e laptop");
      await page.getByLabel("Expires").selectOption("30");
      await page.getByRole("button", { name: "Create token" }).click();
      const token = (await page.getByTestId("new-token").textContent()) ?? "";
      expect(token).toMatch(/^arb_[A-Za-z0-9_-]{43}$/);
      expect((await listOwn(token)).status).toBe(200);
      await browser.screenshot("account-token-created");

      // Shown once: a reload lists the token by name, never the token itself.
      await page.reload();
      const row = page.locator('[data-testid="token-row"]', { hasText: "e2e laptop" });
      await expect.poll(() => row.textContent()).toMatch(/never used|last used/);
      expect(await page.content()).not.toContain(token);
      expect(await page.locator("#password-heading + p").textContent()).toMatch(/API tokens\s+are revoked/);

      await row.getByRole("button", { name: "Revoke" }).click();
      await expect.poll(() => row.count()).toBe(0);
      await expectError(await listOwn(token), 401, "unauthorized");
    });

    it("refuses an expired token with 401", async () => {
      const { token } = await createApiToken(fixtures.db, student.id, "e2e expired", {
        expiresInDays: 1,
        now: new Date(Date.now() - 2 * 86_400_000),
      });
      await expectError(await listOwn(token), 401, "unauthorized");
    });
  });

  describe("the client's address is the socket's, whatever headers say", () => {
    it("limits wrong passwords per address even when X-Forwarded-For changes on every try", async () => {
      await redis.del(...loopbackSignInKeys());
      const { context, page } = browser;
      await context.clearCookies();
      await page.goto(`${baseUrlOf()}/login`);
      const { capacity, refillIntervalMs } = RATE_LIMITS.signInFailuresPerAddress;
      const started = Date.now();
      const errors: (string | null)[] = [];
      // The bucket refills while we type (one every 10 s), so try until refused, within bounds.
      for (let attempt = 0; attempt < capacity + 30; attempt++) {
        // A fresh account each time, so only the per-address bucket can refuse.
        await context.setExtraHTTPHeaders({
          "x-forwarded-for": `198.51.100.${attempt}`,
          "x-real-ip": `198.51.100.${attempt}`,
          "x-arbiter-peer-address": `203.0.113.${attempt}`,
        });
        await page.getByLabel("Email").fill(`nobody-${attempt}-${randomBytes(3).toString("hex")}@example.test`);
        await page.getByLabel("Password").fill("wrong password");
        await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
          page.getByRole("button", { name: "Sign in", exact: true }).click(),
        ]);
        await page.getByRole("button", { name: "Sign in", exact: true }).waitFor();
        errors.push(await page.getByTestId("login-error").textContent());
        if (errors.at(-1) !== "Wrong email or password") break;
      }
      await context.setExtraHTTPHeaders({});
      const refilled = Math.ceil((Date.now() - started) / refillIntervalMs);
      expect(errors.at(-1)).toMatch(/^Too many sign-in attempts\. Please wait \d+ s and try again\.$/);
      // Refused after the bucket's wrong passwords (plus what refilled meanwhile), not before.
      expect(errors.length - 1).toBeGreaterThanOrEqual(capacity);
      expect(errors.length - 1).toBeLessThanOrEqual(capacity + refilled);
    });
  });

  describe("hidden tests' memory and time cannot spell out their answers", () => {
    /** Solves A+B, then uses ((a+b) mod 50) MiB and as many 10 ms of CPU (packages/judge/src/testing/attacks.ts). */
    const PROBE = [
      "import sys, time",
      "a, b = map(int, sys.stdin.read().split())",
      "k = (a + b) % 50",
      "hog = bytearray(k * 1024 * 1024)",
      "for i in range(0, len(hog), 4096): hog[i] = 1",
      "end = time.process_time() + k / 100",
      "while time.process_time() < end: pass",
      "print(a + b)",
      "",
    ].join("\n");
    interface Test {
      index: number;
      sample: boolean;
      timeMs: number | null;
      memoryKb: number | null;
    }

    async function judgeProbe(disclosure: "verdict_only" | "per_test") {
      const slug = await fixtures.problem(
        `leak-${disclosure}`,
        ["1 2"],
        ["3 4", "10 20", "-15 0"],
        "homework",
        disclosure,
      );
      const id = await submit(student.token, slug, "python3", PROBE);
      const events = await readEvents(await request(`/api/v1/submissions/${id}/events`, { token: student.token }), {
        timeoutMs: 120_000,
      });
      await waitUntilJudged(student.token, id);
      const view = (await (await request(`/api/v1/submissions/${id}`, { token: student.token })).json()) as {
        verdict: string;
        tests: Test[];
        hidden: { judged: number; maxMemoryKb: number | null } | null;
      };
      return { events, view };
    }

    const testEvents = (events: ServerSentEvent[]) =>
      events.filter((e) => e.event === "test").map((e) => JSON.parse(e.data) as Test);

    it("per_test: REST and the live stream give each hidden verdict, never its own time or memory", async () => {
      const { events, view } = await judgeProbe("per_test");
      expect(view.verdict).toBe("AC");
      const hidden = view.tests.filter((t) => !t.sample);
      expect(hidden.map((t) => t.index)).toEqual([2, 3, 4]);
      for (const t of hidden) expect([t.timeMs, t.memoryKb]).toEqual([null, null]);
      expect(view.hidden).toMatchObject({ judged: 3, maxMemoryKb: expect.any(Number) as number });
      for (const t of testEvents(events).filter((e) => !e.sample)) expect([t.timeMs, t.memoryKb]).toEqual([null, null]);
      // The stream ends on the disclosed summary (then done, unless judging was over before it opened).
      const summary = events.filter((e) => e.event === "snapshot").at(-1);
      expect(JSON.parse(summary?.data ?? "{}")).toMatchObject({ status: "done", hidden: { judged: 3 } });
    });

    it("verdict_only: neither REST nor the live stream says anything per hidden test", async () => {
      const { events, view } = await judgeProbe("verdict_only");
      expect(view.verdict).toBe("AC");
      expect(view.tests.map((t) => t.index)).toEqual([1]);
      expect(view.hidden).toMatchObject({ judged: 3, maxMemoryKb: null });
      expect(testEvents(events).filter((e) => !e.sample)).toEqual([]);
      for (const snapshot of events.filter((e) => e.event === "snapshot")) {
        expect((JSON.parse(snapshot.data) as { tests: Test[] }).tests.every((t) => t.sample)).toBe(true);
      }
    });
  });
});

function baseUrlOf(): string {
  return requireEnv("ARBITER_BASE_URL").replace(/\/+$/, "");
}
