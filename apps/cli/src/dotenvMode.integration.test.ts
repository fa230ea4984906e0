import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// infra/scripts/lib.sh's write_env runs before any test (npm test, npm run up): the .env
// it leaves holds the database URL with its password, so only its owner may read it.
const ENV_FILE = path.resolve(import.meta.dirname, "../../../.env");

describe(".env written by the scripts", () => {
  it("is readable and writable by its owner only (0600)", () => {
    const mode = statSync(ENV_FILE).mode & 0o777;
    expect(mode.toString(8)).toBe("600");
  });
});
