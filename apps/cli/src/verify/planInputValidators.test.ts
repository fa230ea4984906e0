import type { PackageProgram } from "@arbiter/core";
import { describe, expect, it } from "vitest";
import { planInputValidators } from "./planInputValidators";

const file = (rel: string, text: string | Uint8Array<ArrayBuffer> = "x") => ({
  rel,
  bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
});

describe("planInputValidators", () => {
  it("runs single files in a known language and skips the rest, saying why", () => {
    const programs: PackageProgram[] = [
      {
        rel: "input_validators/validate.py",
        files: [file("input_validators/validate.py", "exit(42)\n")],
        language: "python3",
      },
      {
        rel: "input_validators/check.cpp",
        files: [file("input_validators/check.cpp", "int main(){}")],
        language: "cpp",
      },
      {
        rel: "input_validators/multi",
        files: [file("input_validators/multi/a.cpp"), file("input_validators/multi/build")],
      },
      { rel: "input_validators/one", files: [file("input_validators/one/v.py")] },
      { rel: "input_validators/format.ctd", files: [file("input_validators/format.ctd")] },
      { rel: "input_validators/format.VIVA", files: [file("input_validators/format.VIVA")] },
      { rel: "input_validators/validate.sh", files: [file("input_validators/validate.sh")] },
      {
        rel: "input_format_validators/bad.py",
        files: [file("input_format_validators/bad.py", new Uint8Array([0xff, 0xfe]))],
        language: "python3",
      },
    ];
    expect(planInputValidators(programs)).toEqual([
      { rel: "input_validators/validate.py", program: { language: "python3", source: "exit(42)\n" } },
      { rel: "input_validators/check.cpp", program: { language: "cpp", source: "int main(){}" } },
      { rel: "input_validators/multi", skipped: "a directory; only single-file validators are run" },
      { rel: "input_validators/one", skipped: "a directory; only single-file validators are run" },
      { rel: "input_validators/format.ctd", skipped: "checktestdata is not installed" },
      { rel: "input_validators/format.VIVA", skipped: "viva is not installed" },
      { rel: "input_validators/validate.sh", skipped: "its language is not known from the file extension" },
      { rel: "input_format_validators/bad.py", skipped: "not UTF-8 text" },
    ]);
  });
});
