import { randomUUID } from "node:crypto";
import { languageViewSchema, problemViewSchema, submissionViewSchema } from "@arbiter/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { APLUSB_CORRECT, baseUrl, createToken, runCli, waitForLanguage } from "./support";

// The REST API against the running app: auth, validation, ownership, public lists.
let studentToken = "";
let otherToken = "";

function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set("content-type", "application/json");
  return fetch(`${baseUrl()}${path}`, { ...init, headers });
}

function submit(token: string | undefined, body: unknown): Promise<Response> {
  return api("/api/v1/submissions", {
    method: "POST",
    token,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.message).not.toMatch(/at .+\.(ts|js):\d+|prisma|SELECT /i);
  return body.error.message;
}

describe("REST API v1", () => {
  beforeAll(async () => {
    await waitForLanguage("python3");
    studentToken = await createToken("student@arbiter.local");
    const email = `e2e-${randomUUID().slice(0, 8)}@arbiter.local`;
    await runCli("user:create", email, "--role", "student");
    otherToken = await createToken(email);
  });

  it("reports health", async () => {
    const response = await api("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("lists languages and problems without a token", async () => {
    // The shared contracts are the documented shapes.
    const languages = languageViewSchema.array().parse(await (await api("/api/v1/languages")).json());
    expect(languages.map((l) => l.id)).toContain("python3");
    const problems = problemViewSchema.array().parse(await (await api("/api/v1/problems")).json());
    const aplusb = problems.find((p) => p.slug === "aplusb");
    expect(aplusb?.timeLimitMs).toBeGreaterThan(0);
    expect(aplusb?.memoryLimitMb).toBeGreaterThan(0);
  });

  it("rejects submissions without a valid token", async () => {
    const body = { problem: "aplusb", language: "python3", source: APLUSB_CORRECT };
    await expectError(await submit(undefined, body), 401, "unauthorized");
    await expectError(await submit("arb_not-a-real-token", body), 401, "unauthorized");
  });

  it("rejects bad submissions with 400 and a readable message", async () => {
    const ok = { problem: "aplusb", language: "python3", source: APLUSB_CORRECT };
    expect(
      await expectError(await submit(studentToken, { ...ok, problem: "no-such-problem" }), 400, "bad_request"),
    ).toMatch(/problem/i);
    expect(await expectError(await submit(studentToken, { ...ok, language: "brainfuck" }), 400, "bad_request")).toMatch(
      /language/i,
    );
    expect(await expectError(await submit(studentToken, { ...ok, source: "  \n " }), 400, "bad_request")).toMatch(
      /empty/i,
    );
    expect(
      await expectError(await submit(studentToken, { ...ok, source: "#".repeat(64 * 1024 + 1) }), 400, "bad_request"),
    ).toMatch(/64 KiB/);
    await expectError(await submit(studentToken, '{"problem": "aplusb", '), 400, "bad_request");
  });

  it("refuses bodies over 1 MiB before parsing them", async () => {
    await expectError(await submit(studentToken, "x".repeat(1024 * 1024 + 10)), 413, "payload_too_large");
  });

  it("accepts a submission and shows it only to its owner", async () => {
    const response = await submit(studentToken, { problem: "aplusb", language: "python3", source: APLUSB_CORRECT });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(id).toEqual(expect.any(String));

    const mine = await api(`/api/v1/submissions/${id}`, { token: studentToken });
    expect(mine.status).toBe(200);
    const view = submissionViewSchema.parse(await mine.json());
    expect(view).toMatchObject({ id, problem: "aplusb", language: "python3" });

    await expectError(await api(`/api/v1/submissions/${id}`, { token: otherToken }), 404, "not_found");
    await expectError(await api(`/api/v1/submissions/${id}`), 401, "unauthorized");
  });

  it("answers 404 for a submission that does not exist", async () => {
    await expectError(await api("/api/v1/submissions/does-not-exist", { token: studentToken }), 404, "not_found");
  });
});
