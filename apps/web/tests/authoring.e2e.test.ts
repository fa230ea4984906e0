import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { rawZip, zipDirectory } from "@arbiter/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./chromium";
import { REPO_ROOT, VERDICT_TIMEOUT_MS, baseUrl, waitForLanguage } from "./support";
import { Fixtures, request, signInAs, type Student } from "./submissionFixtures";

// Problem authoring in the browser, against the built app and a real judge worker: an
// instructor uploads a package zip, watches its shipped submissions get verified through
// the judge queue, edits the statement with a live Markdown + KaTeX preview (hostile
// markup stays inert), is told what is wrong with a bad package, and publishes. Students
// see nothing of it before that.

const run = randomBytes(3).toString("hex");
const slug = `e2e-authored-${run}`;
const fixtures = new Fixtures();
let teacher: Student;
let student: Student;
let browser: Browser;
let page: Browser["page"];
let dir = "";
let goodZip = "";
let slipZip = "";

async function goto(pathname: string): Promise<void> {
  await page.goto(`${baseUrl()}${pathname}`);
}

describe("problem authoring in Chromium", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    teacher = await fixtures.student("author", "instructor");
    student = await fixtures.student("reader");
    // The demo A+B with its quick Python submissions: accepted, wrong_answer, run_time_error.
    dir = await mkdtemp(path.join(tmpdir(), "arbiter-authoring-e2e-"));
    const pkg = path.join(dir, "aplusb");
    await cp(path.join(REPO_ROOT, "infra/demo/problems/aplusb"), pkg, { recursive: true });
    await rm(path.join(pkg, "submissions/time_limit_exceeded"), { recursive: true });
    for (const category of await readdir(path.join(pkg, "submissions"))) {
      for (const file of await readdir(path.join(pkg, "submissions", category))) {
        if (!file.endsWith(".py")) await rm(path.join(pkg, "submissions", category, file));
      }
    }
    goodZip = path.join(dir, "aplusb.zip");
    await writeFile(goodZip, await zipDirectory(pkg));
    slipZip = path.join(dir, "evil.zip");
    await writeFile(
      slipZip,
      rawZip([
        { name: "problem.yaml", data: "name: Evil\n" },
        { name: "../../etc/cron.d/evil", data: "x" },
      ]),
    );
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures.db.submission.deleteMany({ where: { problem: { slug } } });
    await fixtures.db.problem.deleteMany({ where: { slug } });
    await fixtures.cleanUp();
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a bad package with the importer's message", async () => {
    await signInAs(browser.context, teacher);
    await goto("/author");
    const form = page.getByTestId("upload-form");
    await form.locator('input[type="file"]').setInputFiles(slipZip);
    await form.getByLabel("Short name (in links)").fill(`${slug}-evil`);
    await form.getByRole("button", { name: "Upload" }).click();
    const error = page.getByTestId("upload-form-error");
    await error.waitFor();
    expect(await error.textContent()).toContain('points outside the package ("..")');
    await browser.screenshot("authoring-bad-package");
    expect(await fixtures.db.problem.count({ where: { slug: `${slug}-evil` } })).toBe(0);
  });

  it("uploads a package and shows the verification of its shipped submissions", async () => {
    await goto("/author");
    const form = page.getByTestId("upload-form");
    await form.locator('input[type="file"]').setInputFiles(goodZip);
    // The slug defaults to the file's name; this run uses its own.
    expect(await form.getByLabel("Short name (in links)").inputValue()).toBe("aplusb");
    await form.getByLabel("Short name (in links)").fill(slug);
    await form.getByRole("button", { name: "Upload" }).click();
    const done = page.getByTestId("upload-form-done");
    await done.waitFor();
    expect(await done.textContent()).toContain("3 shipped submissions are being judged");
    await browser.screenshot("authoring-uploaded");

    await page.getByTestId("open-authoring").click();
    await page.waitForURL(new RegExp(`/author/${slug}$`));
    expect(await page.getByTestId("problem-visibility").textContent()).toBe("Private to you");
    // Judged through the queue by the worker; the page refreshes itself until all are done.
    await page
      .getByTestId("verification-summary")
      .filter({ hasText: "All 3 submissions met what they must get." })
      .waitFor({ timeout: VERDICT_TIMEOUT_MS });
    const rows = page.locator('[data-testid="verification-table"] tbody tr');
    expect(await rows.count()).toBe(3);
    const wrong = page.locator('[data-run="submissions/wrong_answer/absolute.py"]');
    expect(await wrong.getAttribute("data-matches")).toBe("true");
    expect(await wrong.getByTestId("expected").textContent()).toContain("WA");
    expect(await wrong.getByTestId("got").textContent()).toContain("WA");
    await browser.screenshot("authoring-verification");

    // The same through REST for scripts.
    const api = await request(`/api/v1/problems/${slug}/authoring`, { token: teacher.token });
    const body = (await api.json()) as { verification: { file: string; verdict: string; matches: boolean }[] };
    expect(body.verification.map((v) => [v.file.split("/")[1], v.verdict, v.matches]).sort()).toEqual([
      ["accepted", "AC", true],
      ["run_time_error", "RE", true],
      ["wrong_answer", "WA", true],
    ]);
  });

  it("keeps the private problem from students, by page and by API", async () => {
    expect((await request(`/problems/${slug}`, { session: student.session })).status).toBe(404);
    expect((await request(`/author/${slug}`, { session: student.session })).status).toBe(404);
    expect((await request(`/api/v1/problems/${slug}/authoring`, { token: student.token })).status).toBe(404);
    const listed = (await (await request("/api/v1/problems", { token: student.token })).json()) as { slug: string }[];
    expect(listed.map((p) => p.slug)).not.toContain(slug);
    const upload = await request(
      `/api/v1/problems?slug=${slug}-student`,
      { token: student.token },
      { method: "POST", headers: { "content-type": "application/zip" }, body: new Uint8Array([0x50, 0x4b]) },
    );
    expect(upload.status).toBe(403);
    const json = await request(
      `/api/v1/problems?slug=${slug}-json`,
      { token: teacher.token },
      { method: "POST", body: "{}" },
    );
    expect(json.status).toBe(415);
  });

  it("edits the statement with a live, sanitized Markdown + KaTeX preview, and limits with named errors", async () => {
    await goto(`/author/${slug}`);
    const statement = page.getByLabel("Statement (Markdown, $…$ and $$…$$ for KaTeX)");
    await statement.fill(
      "Print $a+b$ for **two** integers.\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n\n" +
        '<script>alert("xss")</script><img src="x" onerror="alert(1)"> [link](javascript:alert(1))\n',
    );
    const preview = page.getByTestId("statement-preview");
    await preview.locator(".katex-display").waitFor();
    expect(await preview.locator("strong").textContent()).toBe("two");
    expect(await preview.locator("script").count()).toBe(0);
    expect(await preview.locator("img[onerror]").count()).toBe(0);
    expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);

    await page.getByLabel("Time limit (ms)").fill("99000");
    await page.getByRole("button", { name: "Save changes" }).click();
    const error = page.getByTestId("problem-details-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("at most 60000 ms");

    await page.getByLabel("Time limit (ms)").fill("1500");
    await page.getByLabel("Tags (comma-separated)").fill("math, warm-up");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("problem-details-done").waitFor();
    await browser.screenshot("authoring-edit-preview");
    const saved = await fixtures.db.problem.findUniqueOrThrow({ where: { slug } });
    expect([saved.timeLimitMs, saved.tags]).toEqual([1500, ["math", "warm-up"]]);
    expect(saved.statement).toContain("\\frac{n(n+1)}{2}");
  });

  it("publishes it to the archive for everyone", async () => {
    await page.getByTestId("publish").click();
    await page.getByTestId("problem-visibility").filter({ hasText: "Published in the archive" }).waitFor();
    expect((await request(`/problems/${slug}`, { session: student.session })).status).toBe(200);
    await signInAs(browser.context, student);
    await goto(`/problems/${slug}`);
    await page.locator(".katex-display").first().waitFor();
    await browser.screenshot("authoring-published-problem");
    expect(browser.pageErrors).toEqual([]);
    expect(browser.dialogs).toEqual([]);
  });
});
