import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRepoEnvFile } from "./dotenv";

const KEYS = ["ARBITER_DOTENV_TEST_NEW", "ARBITER_DOTENV_TEST_PRESET"];

afterEach(() => {
  for (const key of KEYS) Reflect.deleteProperty(process.env, key);
});

describe("loadRepoEnvFile", () => {
  it("fills in variables from the file but never overrides the environment", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "arbiter-env-")), ".env");
    writeFileSync(file, "ARBITER_DOTENV_TEST_NEW=from-file\nARBITER_DOTENV_TEST_PRESET=from-file\n");
    process.env.ARBITER_DOTENV_TEST_PRESET = "from-environment";
    loadRepoEnvFile(file);
    expect(process.env.ARBITER_DOTENV_TEST_NEW).toBe("from-file");
    expect(process.env.ARBITER_DOTENV_TEST_PRESET).toBe("from-environment");
  });

  it("does nothing when there is no file", () => {
    expect(() => loadRepoEnvFile(path.join(tmpdir(), "no-such-dir-arbiter", ".env"))).not.toThrow();
    expect(process.env.ARBITER_DOTENV_TEST_NEW).toBeUndefined();
  });
});
