import { randomBytes } from "node:crypto";
import { APLUSB_SOLUTIONS } from "@arbiter/judge/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import { VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, request, signInAs, type Student } from "./submissionFixtures";

// A course from the browser alone, in headless Chromium against the built app and a real
// judge worker: an instructor creates it, imports a roster (preview, then apply), sets an
// assignment whose due date already passed (so "late" is real without waiting), grants an
// extension and reads the gradebook and its CSV; a student joins by code, submits, and
// is told what lateness cost. Outsiders see nothing.

const HOUR_MS = 3_600_000;
const run = randomBytes(3).toString("hex");
const course = `e2e-course-${run}`;
const rosterEmails = [`e2e-roster-a-${run}@example.test`, `e2e-roster-b-${run}@example.test`];

const fixtures = new Fixtures();
let teacher: Student;
let student: Student;
let outsider: Student;
let publicProblem = "";
let privateProblem = "";
let browser: Browser;
let page: Browser["page"];
let joinCode = "";
/** Path of the student's late submission, which the instructor reviews. */
let reviewedSubmission = "";

/** A time `hoursFromNow` away as a `datetime-local` value in the browser's own zone. */
async function localInput(hoursFromNow: number): Promise<string> {
  return page.evaluate(
    (ms) => {
      const d = new Date(ms);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
    Date.now() + hoursFromNow * HOUR_MS,
  );
}

/** A string literal of Chart.js that survives minification: finds the chunk that holds it. */
const CHART_JS_MARKER = "Canvas is already in use";

/** The script URLs the current page has loaded so far. */
async function loadedScripts(): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.endsWith(".js")),
  );
}

async function goto(pathname: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathname}`);
}

describe("courses in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    teacher = await fixtures.student("teacher", "instructor");
    student = await fixtures.student("pupil");
    outsider = await fixtures.student("outsider");
    publicProblem = await fixtures.problem("course-ab", ["1 2\n"], ["3 4\n", "10 20\n"]);
    privateProblem = await fixtures.problem("course-private", ["5 6\n"], ["7 8\n"]);
    browser = await launchBrowser();
    page = browser.page;
    // Several CLI runs (accounts, tokens, problem imports): minutes on a loaded 2-core machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    const db = fixtures.db;
    // Submissions name the assignment and assignments the problems: those go first.
    await db.submission.deleteMany({ where: { assignment: { course: { slug: course } } } });
    await db.course.deleteMany({ where: { slug: course } });
    await db.user.deleteMany({ where: { email: { in: rosterEmails } } });
    await fixtures.cleanUp();
  });

  it("lets an instructor create a course", async () => {
    await signInAs(browser.context, teacher);
    await goto("/courses");
    await page.getByTestId("new-course").click();
    await page.waitForURL(/\/courses\/new$/);
    // A bad slug is refused with the field named, and what was typed stays.
    await page.getByLabel("Short name (in links)").fill("Bad Slug!");
    await page.getByLabel("Title").fill("Programming 1");
    await page.getByRole("button", { name: "Create course" }).click();
    await page.getByTestId("slug-error").waitFor();
    expect(await page.getByLabel("Title").inputValue()).toBe("Programming 1");

    await page.getByLabel("Short name (in links)").fill(course);
    await page.getByLabel("Term").fill("Autumn 2026");
    await page.getByLabel("Sections").fill("Lab A\nLab B");
    await page.getByRole("button", { name: "Create course" }).click();
    await page.waitForURL(new RegExp(`/courses/${course}$`));
    expect(await page.getByTestId("course-title").textContent()).toBe("Programming 1");
    joinCode = (await page.getByTestId("join-code").textContent()) ?? "";
    expect(joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The private problem belongs to this course from now on (as an import into it would).
    await fixtures.db.problem.update({
      where: { slug: privateProblem },
      data: { isPublic: false, course: { connect: { slug: course } } },
    });
  });

  it("imports a roster: issues with row numbers, then a preview, then apply, then nothing to do", async () => {
    const form = page.getByTestId("roster-import-form");
    await form
      .getByLabel("…or paste it")
      .fill(`email,name,section\nnot-an-email,X,Lab A\n${rosterEmails[0]},Ann,Lab Z\n`);
    await form.getByRole("button", { name: "Preview" }).click();
    const issues = page.getByTestId("roster-issues");
    await issues.waitFor();
    expect(await issues.textContent()).toContain("Row 2:");
    expect(await issues.textContent()).toContain('Row 3: the course has no section "Lab Z"');
    expect(await form.getByRole("button", { name: "Apply" }).isDisabled()).toBe(true);
    await browser.screenshot("courses-roster-issues");

    const csv = `email,name,section\n${rosterEmails[0]},Ann Roster,Lab A\n${rosterEmails[1]},Ben Roster,Lab B\n`;
    await form.getByLabel("…or paste it").fill(csv);
    await form.getByRole("button", { name: "Preview" }).click();
    await page.locator('[data-testid="roster-plan"][data-applied="false"]').waitFor();
    expect(await page.getByTestId("roster-create-count").textContent()).toBe("2");
    expect(await page.getByTestId("roster-enrol-count").textContent()).toBe("2");
    // Nothing is written by a preview.
    expect(await fixtures.db.user.count({ where: { email: { in: rosterEmails } } })).toBe(0);
    await browser.screenshot("courses-roster-preview");

    await form.getByRole("button", { name: "Apply" }).click();
    await page.locator('[data-testid="roster-plan"][data-applied="true"]').waitFor();
    await page.locator(`[data-member="${rosterEmails[1]}"]`).waitFor();
    expect(await page.locator(`[data-member="${rosterEmails[0]}"] [data-testid="member-section"]`).textContent()).toBe(
      "Lab A",
    );

    // The same file again changes nothing.
    await form.getByRole("button", { name: "Preview" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="roster-plan"]')?.getAttribute("data-applied") === "false",
    );
    expect(await page.getByTestId("roster-enrol-count").textContent()).toBe("0");
    expect(await page.getByTestId("roster-unchanged-count").textContent()).toBe("2");
  });

  it("creates an assignment whose due date has passed, with a late window", async () => {
    const form = page.getByTestId("new-assignment-form");
    await form.getByLabel("Short name (in links)").fill("hw1");
    await form.getByLabel("Title").fill("Homework 1");
    await form.getByLabel("Opens at").fill(await localInput(-72));
    await form.getByLabel("Due at").fill(await localInput(-12));
    await form.getByLabel("Problem 1", { exact: true }).fill(publicProblem);
    await form.getByLabel("Points for problem 1").fill("20");
    await form.getByRole("button", { name: "+ Add a problem" }).click();
    await form.getByLabel("Problem 2", { exact: true }).fill(privateProblem);
    await form.getByLabel("Points for problem 2").fill("10");
    await form.getByRole("button", { name: "+ Add a late window" }).click();
    // A late window ending before the due date is refused, naming the field; nothing is created.
    await form.getByLabel("Late window 1 ends").fill(await localInput(-24));
    await form.getByLabel("Late window 1 credit in percent").fill("80");
    await browser.screenshot("courses-new-assignment-form");
    await form.getByRole("button", { name: "Create assignment" }).click();
    await page.getByTestId("assignment-error").waitFor();
    expect(await page.getByTestId("assignment-error").textContent()).toContain("late[0].until must be after dueAt");
    expect(await fixtures.db.assignment.count({ where: { course: { slug: course } } })).toBe(0);

    await form.getByLabel("Late window 1 ends").fill(await localInput(36));
    await form.getByRole("button", { name: "Create assignment" }).click();
    await page.waitForURL(new RegExp(`/courses/${course}/hw1$`));
    expect(await page.getByTestId("assignment-title").textContent()).toBe("Homework 1");
    expect(await page.getByTestId("assignment-banner").getAttribute("data-status")).toBe("late");
  });

  it("grants a roster student an extension", async () => {
    const form = page.getByTestId("extension-form");
    await form.getByLabel("Student").selectOption(rosterEmails[1]!);
    await form.getByLabel("New due date").fill(await localInput(48));
    await form.getByRole("button", { name: "Grant extension" }).click();
    await page.getByTestId("extension-done").waitFor();
    expect(await page.getByTestId("extension-done").textContent()).toContain(rosterEmails[1]);
    await browser.screenshot("courses-assignment-staff");
  });

  it("lets a student join by code and see the assignment as late", async () => {
    await signInAs(browser.context, student);
    await goto("/courses");
    await page.getByRole("link", { name: "Courses", exact: true }).waitFor();
    await page.getByLabel("Join code").fill("0000-0000");
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByTestId("join-error").waitFor();
    await page.getByLabel("Join code").fill(joinCode.toLowerCase());
    await page.getByRole("button", { name: "Join" }).click();
    await page.waitForURL(new RegExp(`/courses/${course}\\?joined=1$`));
    await page.getByTestId("joined").waitFor();
    const row = page.locator('[data-assignment="hw1"]');
    expect(await row.getByTestId("assignment-status").textContent()).toBe("late: 80 % credit");
    expect(await row.getByTestId("assignment-score").textContent()).toBe("0 / 30");
    // Students see no roster and no join code.
    expect(await page.getByTestId("roster").count()).toBe(0);
    expect(await page.getByTestId("join-code").count()).toBe(0);
    await browser.screenshot("courses-student-course");
  });

  it("refuses a submission to a closed assignment with a clear message", async () => {
    const created = await request(
      `/api/v1/courses/${course}/assignments`,
      { token: teacher.token },
      {
        method: "POST",
        body: JSON.stringify({
          slug: "hw0",
          title: "Homework 0",
          opensAt: new Date(Date.now() - 72 * HOUR_MS).toISOString(),
          dueAt: new Date(Date.now() - 48 * HOUR_MS).toISOString(),
          problems: [{ problem: publicProblem, points: 5 }],
        }),
      },
    );
    expect(created.status).toBe(201);
    await goto(`/problems/${publicProblem}?assignment=${course}/hw0`);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    await page.locator('[data-testid="source-editor-frame"][data-ready]').waitFor();
    expect(await page.getByTestId("assignment-banner").getAttribute("data-status")).toBe("closed");
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_SOLUTIONS.python3);
    await page.getByTestId("submit-button").click();
    const refusal = page.getByTestId("submit-error");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/This assignment closed at .*Nothing was submitted\./);
    expect(await fixtures.db.submission.count({ where: { userId: student.id } })).toBe(0);
  });

  it("submits late from the assignment and explains the penalty", async () => {
    await goto(`/courses/${course}/hw1`);
    await page.getByRole("link", { name: /E2E course-ab/ }).click();
    await page.waitForURL(/\/problems\/.*\?assignment=/);
    await page.locator('[data-testid="submit-form"][data-hydrated]').waitFor();
    await page.locator('[data-testid="source-editor-frame"][data-ready]').waitFor();
    expect(await page.getByTestId("credit-now").textContent()).toMatch(
      /^Late: a submission now earns 80 % of the points/,
    );
    await browser.screenshot("courses-problem-with-assignment");
    await page.getByLabel("Language").selectOption("python3");
    await page.getByLabel("Source code").fill(APLUSB_SOLUTIONS.python3);
    await page.getByTestId("submit-button").click();
    await page.waitForURL(/\/submissions\/[^/?]+/);
    expect(await page.getByTestId("assignment-notice").textContent()).toContain("it earns 80 % of the points");
    const verdict = page.getByTestId("final-verdict");
    await verdict.waitFor({ timeout: VERDICT_TIMEOUT_MS });
    expect(await verdict.getAttribute("data-verdict")).toBe("AC");
    await browser.screenshot("courses-late-result");

    await goto(`/courses/${course}/hw1`);
    const score = page.locator(`[data-problem="${publicProblem}"] [data-testid="problem-score"]`);
    expect(await score.textContent()).toMatch(/^16 \/ 20 — submitted 1[12] h( \d+ min)? late, 80 % credit/);
    expect(await page.getByTestId("my-total").textContent()).toContain("16 / 30");
    await browser.screenshot("courses-student-assignment");
  });

  it("shows the course's private problem to its students only from the assignment", async () => {
    await goto(`/problems/${privateProblem}?assignment=${course}/hw1`);
    await page.getByTestId("statement").waitFor();
    expect(await page.getByTestId("assignment-banner").count()).toBe(1);
    const direct = await request(`/problems/${privateProblem}`, { session: student.session });
    expect(direct.status).toBe(404);
    const outside = await request(`/problems/${privateProblem}?assignment=${course}/hw1`, {
      session: outsider.session,
    });
    expect(outside.status).toBe(404);
  });

  it("keeps the course, its gradebook and its private problem from outsiders and students", async () => {
    for (const path of [`/courses/${course}`, `/courses/${course}/hw1`, `/courses/${course}/hw1/grades`]) {
      expect((await request(path, { session: outsider.session })).status, path).toBe(404);
    }
    expect((await request(`/courses/${course}/hw1/grades`, { session: student.session })).status).toBe(404);
  });

  it("shows the instructor the gradebook, sorted and filtered, with CSV exports", async () => {
    await signInAs(browser.context, teacher);
    await goto(`/courses/${course}/hw1/grades?sort=total&dir=desc`);
    const rows = page.locator('[data-testid="gradebook"] tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().getAttribute("data-student")).toBe(student.email);
    const cell = rows.first().locator(`[data-cell="${publicProblem}"]`);
    expect(await cell.textContent()).toBe("16late");
    expect(await cell.getByRole("link").getAttribute("href")).toMatch(/^\/submissions\//);
    await browser.screenshot("courses-gradebook");

    await page.getByLabel("Section").selectOption("Lab B");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/section=Lab\+B/);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-student")).toBe(rosterEmails[1]);

    await goto(`/courses/${course}/hw1/grades`);
    const href = await page.getByTestId("csv-wide").getAttribute("href");
    expect(href).toBe(`/api/v1/courses/${course}/assignments/hw1/grades?format=wide`);
    const csv = await request(href!, { session: teacher.session });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain(student.email);
    expect(text.split("\n").find((line) => line.includes(student.email))).toContain("16");
    const canvas = await request(`${href!.replace("wide", "canvas")}`, { session: teacher.session });
    expect(canvas.status).toBe(200);
    // A student following the same link gets no one's grades.
    expect((await request(href!, { session: student.session })).status).toBe(403);
  });

  it("draws the assignment's statistics for staff with Chart.js, loaded by that page only", async () => {
    await goto(`/courses/${course}/hw1`);
    const assignmentScripts = await loadedScripts();
    await page.getByTestId("stats-link").click();
    await page.waitForURL(/\/stats$/);
    await page.locator('[data-testid="score-histogram"][data-drawn="true"]').waitFor();
    await page.locator('[data-testid="verdict-chart"][data-drawn="true"]').first().waitFor();
    // Chart.js painted the canvas (some pixels are not transparent).
    const painted = await page
      .locator('[data-testid="score-histogram"] canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        let opaque = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
        return opaque;
      });
    expect(painted).toBeGreaterThan(100);
    // The chart library came in a chunk that the assignment page (no charts) never loaded.
    const statsScripts = await loadedScripts();
    const chartChunks = [];
    for (const url of statsScripts)
      if ((await (await fetch(url)).text()).includes(CHART_JS_MARKER)) chartChunks.push(url);
    expect(chartChunks.length).toBeGreaterThan(0);
    for (const url of chartChunks) expect(assignmentScripts).not.toContain(url);
    // Three students: two with 0 points, one with 16 of 30.
    const bins = page.locator('[data-testid="score-histogram"] [data-bar]');
    expect(await bins.first().getAttribute("data-value")).toBe("2");
    expect(await page.locator('[data-testid="verdict-chart"] [data-bar="AC"]').first().getAttribute("data-value")).toBe(
      "1",
    );
    await browser.screenshot("courses-statistics");
    expect((await request(`/courses/${course}/hw1/stats`, { session: student.session })).status).toBe(404);
    expect(browser.pageErrors).toEqual([]);
  });

  it("lets the instructor review a submission: every test's data, a line comment, a note, an override with its audit", async () => {
    await goto(`/courses/${course}/hw1`);
    await page.locator(`[data-testid="assignment-submissions"] [data-student="${student.email}"]`).waitFor();
    await page.locator(`[data-student="${student.email}"] [data-testid="review-link"]`).first().click();
    await page.waitForURL(/\/submissions\/[^/?]+$/);
    reviewedSubmission = new URL(page.url()).pathname;
    // One sample and two hidden tests, each with input, expected and actual output.
    const tests = page.getByTestId("review-test");
    expect(await tests.count()).toBe(3);
    const hidden = page.locator('[data-testid="review-test"][data-index="3"]');
    expect(await hidden.getAttribute("data-sample")).toBe("false");
    await hidden.locator("summary").click();
    expect(await hidden.getByTestId("review-input").textContent()).toBe("10 20\n");
    expect(await hidden.getByTestId("review-expected").textContent()).toBe("30\n");
    expect(await hidden.getByTestId("review-actual").textContent()).toBe("30\n");
    expect(await page.getByTestId("grade-current").textContent()).toBe("16");

    await page.locator("#L1").click();
    const lineForm = page.getByTestId("line-comment-form");
    await lineForm.getByLabel("Comment on line 1").fill("Read both numbers with one split().");
    await lineForm.getByRole("button", { name: "Comment on line 1" }).click();
    await page.locator('[data-testid="source"] [data-testid="comment"][data-line="1"]').waitFor();

    const noteForm = page.getByTestId("note-form");
    await noteForm.getByLabel("Overall note for the student").fill("Correct; submit earlier next time.");
    await noteForm.getByRole("button", { name: "Add note" }).click();
    await page.locator('[data-testid="overall-notes"] [data-testid="comment"]').waitFor();

    const override = page.getByTestId("override-form");
    await override.locator("#override-score").fill("18");
    await override.locator("#override-reason").fill("Late by a server outage");
    await override.getByRole("button", { name: "Override score" }).click();
    await page.getByTestId("audit-row").waitFor();
    expect(await page.getByTestId("audit-row").textContent()).toContain("16 → 18");
    expect(await page.getByTestId("audit-row").textContent()).toContain("Late by a server outage");
    expect(await page.getByTestId("grade-current").textContent()).toBe("18");
    await browser.screenshot("courses-review-staff");
  });

  it("rejudges the assignment from its page", async () => {
    await goto(`/courses/${course}/hw1`);
    const form = page.getByTestId("rejudge-assignment");
    await form.getByRole("button", { name: "Rejudge all submissions" }).click();
    await page.getByTestId("rejudge-assignment-done").waitFor();
    expect(await page.getByTestId("rejudge-assignment-done").textContent()).toMatch(/of 1 submission/);
    await browser.screenshot("courses-assignment-submissions");
  });

  it("shows the student the comments, the note and the override, but no hidden test data", async () => {
    await signInAs(browser.context, student);
    await goto(reviewedSubmission);
    const comment = page.locator('[data-testid="source"] [data-testid="comment"][data-line="1"]');
    await comment.waitFor();
    expect(await comment.textContent()).toContain("Read both numbers with one split().");
    expect(await page.getByTestId("overall-notes").textContent()).toContain("Correct; submit earlier next time.");
    expect(await page.getByTestId("review-tests").count()).toBe(0);
    expect(await page.getByTestId("grade-panel").count()).toBe(0);
    await page.locator("#L1").click();
    expect(await page.getByTestId("line-comment-form").count()).toBe(0);
    expect(await page.content()).not.toContain("10 20");
    await browser.screenshot("courses-review-student");
    await goto(`/courses/${course}/hw1`);
    const score = page.locator(`[data-problem="${publicProblem}"] [data-testid="problem-score"]`);
    expect(await score.textContent()).toContain("18 / 20 — set by staff: Late by a server outage");
  });

  it("keeps a course's private problems out of everyone else's problem lists, and lets its students run them", async () => {
    const listed = async (auth: Parameters<typeof request>[1]) => {
      const response = await request("/api/v1/problems", auth);
      const body = (await response.json()) as { slug: string }[];
      return body.some((p) => p.slug === privateProblem);
    };
    expect(await listed({})).toBe(false);
    expect(await listed({ token: outsider.token })).toBe(false);
    expect(await listed({ token: student.token })).toBe(false);
    expect(await listed({ token: teacher.token })).toBe(true);
    const page404 = await request(`/problems?q=${encodeURIComponent(privateProblem)}`, { session: outsider.session });
    // The page echoes the search text; what matters is that nothing matched it.
    expect(await page404.text()).toContain('data-testid="problems-no-match"');

    const custom = (extra: Record<string, string>) =>
      request(
        "/api/v1/custom-runs",
        { token: student.token },
        {
          method: "POST",
          body: JSON.stringify({
            problem: privateProblem,
            language: "python3",
            source: APLUSB_SOLUTIONS.python3,
            input: "5 6\n",
            ...extra,
          }),
        },
      );
    expect((await custom({})).status).toBe(400);
    const accepted = await custom({ assignment: `${course}/hw1` });
    expect(accepted.status).toBe(202);
  });

  it("gives roster students one-time invitation links with which they set a password and sign in", async () => {
    await signInAs(browser.context, teacher);
    await goto(`/courses/${course}`);
    const panel = page.getByTestId("invitations");
    await panel.getByRole("button", { name: "Create links" }).click();
    await panel.locator(`[data-invited="${rosterEmails[1]}"]`).waitFor();
    // Both roster accounts (the CLI-made test student has no password either), never the instructor.
    expect(await panel.locator(`[data-invited="${rosterEmails[0]}"]`).count()).toBe(1);
    expect(await panel.locator(`[data-invited="${teacher.email}"]`).count()).toBe(0);
    const csvHref = (await panel.getByTestId("invitations-csv").getAttribute("href")) ?? "";
    expect(decodeURIComponent(csvHref)).toContain(`${rosterEmails[0]},Ann Roster,`);
    await browser.screenshot("courses-invitation-links");

    // Per student: a new link for Ann replaces the one above.
    const stale =
      (await panel.locator(`[data-invited="${rosterEmails[0]}"] [data-testid="invitation-link"]`).textContent()) ?? "";
    await panel.getByLabel(/Student email/).fill(rosterEmails[0]!);
    await panel.getByRole("button", { name: "Create links" }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="invitations"] [data-invited]').length === 1,
    );
    const link = (await panel.getByTestId("invitation-link").textContent()) ?? "";
    expect(link).not.toBe(stale);
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    await browser.context.clearCookies();
    await page.goto(stale);
    expect(await page.getByTestId("invitation-refused").textContent()).toContain("not valid");
    await page.goto(link);
    const form = page.getByTestId("invitation-form");
    await form.getByLabel("Password", { exact: true }).fill("ann-picks-a-password");
    await form.getByLabel("Confirm password").fill("ann-picks-a-password");
    await browser.screenshot("courses-invitation-accept");
    await form.getByRole("button", { name: "Set password and sign in" }).click();
    await page.waitForURL(/\/courses$/);
    await page.locator(`a[href="/courses/${course}"]`).first().waitFor();
    // Once only.
    await page.goto(link);
    expect(await page.getByTestId("invitation-refused").textContent()).toContain("already used");
    // And she signs in with it from now on, like anyone else.
    await browser.context.clearCookies();
    await goto("/login");
    await page.getByLabel("Email").fill(rosterEmails[0]!);
    await page.getByLabel("Password").fill("ann-picks-a-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect(browser.pageErrors).toEqual([]);
  });
});
