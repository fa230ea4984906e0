import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./chromium";
import { VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, readEvents, request, signInAs, submit, waitUntilJudged, type Student } from "./submissionFixtures";

// Who may read what, against the running app: another student's submission and source,
// and the data of hidden tests, must not come out of any page, server action, REST
// endpoint or event stream.

const fixtures = new Fixtures();
let alice: Student;
let bob: Student;
let teacher: Student;
let admin: Student;
let slug = "";
let aliceId = "";
let bobId = "";

// Strings that exist only in Alice's source and in the hidden test: if one shows up in
// a response to Bob, something leaked.
const ALICE_MARKER = `alice-private-${randomInt(1e9, 2e9)}`;
const HIDDEN_A = randomInt(100_000_000, 999_999_999);
const HIDDEN_B = randomInt(100_000_000, 999_999_999);
const HIDDEN_INPUT = `${HIDDEN_A} ${HIDDEN_B}`;
const HIDDEN_ANSWER = String(HIDDEN_A + HIDDEN_B);
const SAMPLE_INPUT = "1 2";

const ALICE_SOURCE = `# ${ALICE_MARKER}\nimport sys\nprint(sum(map(int, sys.stdin.read().split())))\n`;
// Solves the sample but echoes any other input, so a hidden test's output holds the hidden
// input; sleeps so that the browser sees it judged live (and calls the page's server action).
const BOB_ECHO =
  "import sys, time\ndata = sys.stdin.read()\ntime.sleep(0.4)\n" + `print(3 if data.split() == ["1", "2"] else data)\n`;

/** Everything Bob received for his own submission, checked for hidden data at the end. */
const bobBodies: { what: string; body: string }[] = [];

function expectNoHiddenData(what: string, body: string): void {
  expect(body, `${what} leaks the hidden input`).not.toContain(HIDDEN_INPUT);
  expect(body, `${what} leaks the hidden answer`).not.toContain(HIDDEN_ANSWER);
}

function expectNoAliceSource(what: string, body: string): void {
  expect(body, `${what} leaks Alice's source`).not.toContain(ALICE_MARKER);
}

/** The server action the submission page calls when live judging ends, as seen by a real browser. */
let action: { id: string; url: string } | undefined;

describe("authorization", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    [alice, bob, teacher, admin] = await Promise.all([
      fixtures.student("alice"),
      fixtures.student("bob"),
      fixtures.student("teacher", "instructor"),
      fixtures.student("admin", "admin"),
    ]);
    slug = await fixtures.problem("authz", [`${SAMPLE_INPUT}\n`], [`${HIDDEN_INPUT}\n`, "5 6\n"]);
    aliceId = await submit(alice.token, slug, "python3", ALICE_SOURCE);
    await waitUntilJudged(alice.token, aliceId);

    // Bob follows his own submission in Chromium while it is judged; when it ends the
    // page calls its server action, whose id and response we capture to replay it.
    const browser = await launchBrowser();
    try {
      await signInAs(browser.context, bob);
      const { page } = browser;
      const actionCall = page.waitForResponse((r) => r.request().headers()["next-action"] !== undefined, {
        timeout: VERDICT_TIMEOUT_MS + 10_000,
      });
      bobId = await submit(bob.token, slug, "python3", BOB_ECHO);
      const events = request(`/api/v1/submissions/${bobId}/events`, { token: bob.token }).then((r) =>
        readEvents(r, { stopAfter: (e) => e.event === "done" }),
      );
      await page.goto(`${baseUrl()}/submissions/${bobId}`);
      await page.getByTestId("final-verdict").waitFor({ timeout: VERDICT_TIMEOUT_MS });
      const response = await actionCall;
      // (Chromium cannot hand over the streamed action response itself; the replays below read it.)
      action = { id: response.request().headers()["next-action"]!, url: response.url() };
      const html = await page.content();
      bobBodies.push({ what: "Bob's live page after judging", body: html });
      bobBodies.push({ what: "Bob's live event stream", body: JSON.stringify(await events) });
    } finally {
      await browser.close();
    }
  });

  afterAll(async () => {
    await fixtures.cleanUp();
  });

  describe("another student's submission", () => {
    it("is a 404 over the REST API, with a token or a session", async () => {
      for (const who of [{ token: bob.token }, { session: bob.session }]) {
        for (const path of [`/api/v1/submissions/${aliceId}`, `/api/v1/submissions/${aliceId}?include=details`]) {
          const response = await request(path, who);
          const body = await response.text();
          expect(response.status, path).toBe(404);
          expect((JSON.parse(body) as { error: { code: string } }).error.code).toBe("not_found");
          expectNoAliceSource(path, body);
        }
      }
    });

    it("is a 404 for the live event stream, before anything is streamed", async () => {
      const response = await request(`/api/v1/submissions/${aliceId}/events`, { token: bob.token });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expectNoAliceSource("events", await response.text());
      expect((await request(`/api/v1/submissions/${aliceId}/events`)).status).toBe(401);
    });

    it("is the not-found page, with no trace of the source", async () => {
      const response = await request(`/submissions/${aliceId}`, { session: bob.session });
      const html = await response.text();
      expect(response.status).toBe(404);
      expect(html).toContain("Not found");
      expectNoAliceSource("page", html);
      expect(html).not.toContain("print(sum(map(int");
    });

    it("does not open in Bob's editor through the problem page's ?from=", async () => {
      const response = await request(`/problems/${slug}?from=${aliceId}`, { session: bob.session });
      expect(response.status).toBe(200);
      expectNoAliceSource("problem page ?from=", await response.text());
    });

    it("comes back as nothing from the page's server action", async () => {
      expect(action, "the page never called its server action").toBeDefined();
      const replay = (id: string, session: string | undefined) =>
        request(new URL(action!.url).pathname, session ? { session } : {}, {
          method: "POST",
          headers: {
            "next-action": action!.id,
            accept: "text/x-component",
            "content-type": "text/plain;charset=UTF-8",
          },
          body: JSON.stringify([id]),
        });
      const stolen = await replay(aliceId, bob.session);
      expect(stolen.status).toBe(200);
      const stolenBody = await stolen.text();
      expectNoAliceSource("server action", stolenBody);
      expect(stolenBody).not.toContain(aliceId.slice(-8) + '"'); // no view of Alice's submission either
      expectNoAliceSource("server action, signed out", await (await replay(aliceId, undefined)).text());

      // The same action for Bob's own submission does answer (so the check above means something).
      const own = await (await replay(bobId, bob.session)).text();
      expect(own).toContain(bobId);
      bobBodies.push({ what: "server action", body: own });
    });

    it("is left out of Bob's history, whatever cursor he sends", async () => {
      for (const query of ["", `?cursor=${aliceId}`, `?problem=${slug}`]) {
        const api = await request(`/api/v1/submissions${query}`, { token: bob.token });
        const ids = ((await api.json()) as { id: string }[]).map((s) => s.id);
        expect(ids).not.toContain(aliceId);
        // (The page echoes its own URL, cursor included, in Next's payload: look for rows and links.)
        const page = await (await request(`/submissions${query}`, { session: bob.session })).text();
        expect(page).not.toContain(`/submissions/${aliceId}`);
        expect(page).not.toContain(`data-id="${aliceId}"`);
        expectNoAliceSource(`history${query}`, page);
      }
    });

    it("is hidden from an instructor who is not staff of a course it belongs to (practice belongs to none)", async () => {
      const response = await request(`/api/v1/submissions/${aliceId}?include=details`, { token: teacher.token });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(ALICE_MARKER);
    });

    it("is readable by an admin (the rule is not simply 'deny')", async () => {
      const response = await request(`/api/v1/submissions/${aliceId}?include=details`, { token: admin.token });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(ALICE_MARKER);
    });
  });

  describe("hidden tests of Bob's own submission", () => {
    it("show their verdict only (no time or memory of their own), and samples in full", async () => {
      const response = await request(`/api/v1/submissions/${bobId}?include=details`, { token: bob.token });
      expect(response.status).toBe(200);
      const body = await response.text();
      bobBodies.push({ what: "REST details", body });
      const details = JSON.parse(body) as {
        tests: { index: number; sample: boolean; verdict: string; timeMs: number | null; memoryKb: number | null }[];
        samples: { index: number; input: string; expected: string; actual: string | null }[];
      };
      expect(details.tests).toHaveLength(3);
      expect(details.tests.filter((t) => !t.sample)).toHaveLength(2);
      // Only the sample test is compared, and its data is all there.
      expect(details.samples).toEqual([
        { index: 1, input: `${SAMPLE_INPUT}\n`, expected: "3\n", actual: "3\n", truncated: false },
      ]);
      expect(details.tests.map((t) => t.verdict)).toEqual(["AC", "WA", "WA"]);
      for (const test of details.tests) {
        expect(Object.keys(test).sort()).toEqual(["index", "memoryKb", "sample", "timeMs", "verdict"]);
        expect(test.timeMs === null, `test ${test.index}: time shown only for samples`).toBe(!test.sample);
        expect(test.memoryKb === null, `test ${test.index}: memory shown only for samples`).toBe(!test.sample);
      }
    });

    it("never appear in any page, API answer, event stream or action result", async () => {
      const more = await Promise.all([
        request(`/api/v1/submissions/${bobId}`, { token: bob.token }),
        request(`/api/v1/submissions?problem=${slug}`, { token: bob.token }),
        request(`/submissions/${bobId}`, { session: bob.session }),
        request(`/submissions?problem=${slug}`, { session: bob.session }),
        request(`/problems/${slug}`, { session: bob.session }),
        request(`/api/v1/submissions/${bobId}/events`, { token: bob.token }),
      ]);
      for (const response of more) {
        expect(response.status, response.url).toBe(200);
        bobBodies.push({ what: response.url, body: await response.text() });
      }
      // The sample's input is there, proving the bodies carry test data at all.
      expect(bobBodies.some((b) => b.body.includes(SAMPLE_INPUT))).toBe(true);
      expect(bobBodies.length).toBeGreaterThanOrEqual(10);
      for (const { what, body } of bobBodies) expectNoHiddenData(what, body);
    });
  });
});
