import { describe, expect, it } from "vitest";
import type { GroupFiles } from "./collectTests";
import { parseTestdataYaml, type TestdataSettings } from "./parseTestdataYaml";
import { resolveGroups } from "./resolveGroups";

const group = (name: string, tests: number): GroupFiles => ({
  name,
  tests: Array.from({ length: tests }, (_, i) => ({ stem: String(i + 1), inputRel: "", answerRel: "" })),
});
const settings = (entries: Record<string, string>) =>
  new Map<string, TestdataSettings>(
    Object.entries(entries).map(([dir, yaml]) => [dir, parseTestdataYaml(yaml, `data/${dir}/testdata.yaml`)]),
  );

describe("parseTestdataYaml", () => {
  it("reads Arbiter's and Kattis's keys, and an empty file", () => {
    expect(parseTestdataYaml("points: 30\narbiter_dependencies: [small]\n", "t")).toEqual({
      points: 30,
      dependencies: ["small"],
      ignored: [],
    });
    expect(
      parseTestdataYaml(
        "accept_score: 5\ngrader_flags: min ignore_sample\ndependencies: a b\non_reject: continue\n",
        "t",
      ),
    ).toEqual({
      acceptScore: 5,
      graderFlags: ["min", "ignore_sample"],
      onReject: "continue",
      dependencies: ["a", "b"],
      ignored: [],
    });
    expect(parseTestdataYaml("", "t")).toEqual({ dependencies: [], ignored: [] });
  });

  it("reads the output validator's arguments under either name, and 2023-07's input_validator_args", () => {
    expect(parseTestdataYaml("output_validator_flags: float_tolerance 1e-6\n", "t").outputValidatorFlags).toEqual([
      "float_tolerance",
      "1e-6",
    ]);
    expect(parseTestdataYaml("output_validator_args: [case_sensitive]\n", "t").outputValidatorFlags).toEqual([
      "case_sensitive",
    ]);
    expect(parseTestdataYaml("input_validator_args: --max 10\n", "t").inputValidatorFlags).toEqual(["--max", "10"]);
  });

  it.each([
    ["points: -1", /points must be between 0 and 1000000/],
    ["points: many", /points must be a number/],
    ["dependencies: 5", /dependencies must be a list of group names/],
    ["dependencies: [a]\narbiter_dependencies: [a]", /not both/],
    ["grading: custom", /grading "custom" is not supported/],
    ["reject_score: 1", /reject_score other than 0 is not supported/],
    ["on_reject: maybe", /on_reject must be "break" or "continue"/],
    ["- a", /must be a map/],
    [
      "a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      /not valid YAML/,
    ],
  ])("rejects %j", (yaml, message) => {
    expect(() => parseTestdataYaml(yaml, "data/secret/testdata.yaml")).toThrow(message);
  });
});

describe("resolveGroups", () => {
  const groups = [group("sample", 2), group("secret/small", 3), group("secret/large", 4)];

  it("takes points and dependencies from each group's own testdata.yaml; samples are worth 0", () => {
    const resolved = resolveGroups(
      groups,
      settings({ "secret/small": "points: 30", "secret/large": "points: 70\ndependencies: [small, sample]" }),
      "ioi",
    );
    expect(resolved).toEqual({
      groups: [
        { name: "sample", points: 0, dependencies: [], graderFlags: ["sum"], stopOnReject: true },
        { name: "secret/small", points: 30, dependencies: [], graderFlags: ["min"], stopOnReject: true },
        {
          name: "secret/large",
          points: 70,
          dependencies: ["secret/small", "sample"],
          graderFlags: ["min"],
          stopOnReject: true,
        },
      ],
      warnings: [],
    });
  });

  it("reads Kattis's accept_score, each key inherited from the closest ancestor: per group with grader_flags min, else per test", () => {
    const resolved = resolveGroups(
      groups,
      settings({ secret: "accept_score: 2", "secret/small": "accept_score: 25\ngrader_flags: min" }),
      "ioi",
    );
    expect(resolved.groups.map((g) => [g.points, g.graderFlags])).toEqual([
      [0, ["sum"]],
      [25, ["min"]],
      [8, ["sum"]],
    ]);
    const inherited = resolveGroups(
      groups,
      settings({ "": "grader_flags: min", secret: "accept_score: 50", "secret/large": "accept_score: 70" }),
      "ioi",
    );
    expect(inherited).toMatchObject({ groups: [{ points: 0 }, { points: 50 }, { points: 70 }], warnings: [] });
    const averaged = resolveGroups(groups, settings({ secret: "grader_flags: avg\non_reject: continue" }), "ioi");
    expect(averaged.groups.map((g) => [g.points, g.graderFlags, g.stopOnReject])).toEqual([
      [0, ["sum"], true],
      [1, ["avg"], false],
      [1, ["avg"], false],
    ]);
  });

  it("gives IOI groups without any points Kattis' default, 1 point per test summed; other scorings 0", () => {
    const ioi = resolveGroups(groups, new Map(), "ioi");
    expect(ioi.groups.map((g) => g.points)).toEqual([0, 3, 4]);
    expect(ioi.warnings).toEqual([]);
    expect(resolveGroups(groups, new Map(), "icpc")).toMatchObject({
      groups: [{ points: 0 }, { points: 0 }, { points: 0 }],
      warnings: [],
    });
  });

  it("judges a group after the groups it depends on, keeping the order otherwise", () => {
    const ordered = resolveGroups(
      [group("sample", 1), group("secret/a", 1), group("secret/large", 1), group("secret/small", 1)],
      settings({ "secret/large": "dependencies: [small]" }),
      "icpc",
    );
    expect(ordered.groups.map((g) => g.name)).toEqual(["sample", "secret/a", "secret/small", "secret/large"]);
  });

  it.each([
    [
      { "secret/small": "dependencies: [secret/missing]" },
      /dependency "secret\/missing" is not a test group of this package/,
    ],
    [{ "secret/small": "dependencies: [small]" }, /cannot depend on itself/],
    [
      { "secret/small": "dependencies: [large]", "secret/large": "dependencies: [small]" },
      "The dependencies of data/secret/small, data/secret/large form a cycle",
    ],
  ])("rejects %j", (yaml, message) => {
    expect(() => resolveGroups(groups, settings(yaml), "ioi")).toThrow(message);
  });

  it("warns about settings it ignores", () => {
    expect(resolveGroups(groups, settings({ "secret/large": "range: 0 100" }), "icpc").warnings).toEqual([
      "data/secret/large: range is not supported: ignored",
    ]);
  });
});
