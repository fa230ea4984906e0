import { describe, expect, it } from "vitest";
import { parseRoster } from "./csv/parseRoster";
import { planRosterImport, type ExistingAccount, type ExistingMember } from "./planRosterImport";

const roster = parseRoster(
  [
    "email,name,section",
    "ada@example.com,Ada Lovelace,Lab A", // new account
    "bob@example.com,,Lab B", // account exists, not enrolled
    "cy@example.com,Cy,Lab B", // enrolled in Lab A: moves
    "di@example.com,Di,Lab A", // enrolled in Lab A: unchanged
    "ed@example.com,Ed,", // enrolled in Lab B, no section given: unchanged
    "ta@example.com,Tess,Lab A", // a TA of the course
    "new.person@example.com,,", // new account without a name
  ].join("\n"),
).rows;

const accounts: ExistingAccount[] = ["bob", "cy", "di", "ed", "ta"].map((n) => ({ email: `${n}@example.com` }));
const members: ExistingMember[] = [
  { email: "cy@example.com", role: "student", section: "Lab A" },
  { email: "di@example.com", role: "student", section: "Lab A" },
  { email: "ed@example.com", role: "student", section: "Lab B" },
  { email: "ta@example.com", role: "ta", section: null },
  { email: "zoe@example.com", role: "student", section: "Lab A" }, // not on the roster: stays
];

describe("planRosterImport", () => {
  it("sorts every row into create/enrol, move, unchanged or skipped", () => {
    expect(planRosterImport(roster, members, accounts)).toEqual({
      create: [
        { email: "ada@example.com", name: "Ada Lovelace" },
        { email: "new.person@example.com", name: "new.person" },
      ],
      enrol: [
        { row: 2, email: "ada@example.com", section: "Lab A" },
        { row: 3, email: "bob@example.com", section: "Lab B" },
        { row: 8, email: "new.person@example.com", section: null },
      ],
      moveSection: [{ row: 4, email: "cy@example.com", from: "Lab A", to: "Lab B" }],
      unchanged: [
        { row: 5, email: "di@example.com" },
        { row: 6, email: "ed@example.com" },
      ],
      skipped: [{ row: 7, email: "ta@example.com", reason: "ta@example.com is a TA of this course." }],
    });
  });

  it("has nothing to do when the same roster is imported a second time", () => {
    const first = planRosterImport(roster, members, accounts);
    // Apply the first plan the way the import would.
    const accountsAfter = [...accounts, ...first.create.map((c) => ({ email: c.email }))];
    const membersAfter = members.map((m) => {
      const move = first.moveSection.find((x) => x.email === m.email);
      return move ? { ...m, section: move.to } : m;
    });
    membersAfter.push(...first.enrol.map((e) => ({ email: e.email, role: "student" as const, section: e.section })));

    const second = planRosterImport(roster, membersAfter, accountsAfter);
    expect(second.create).toEqual([]);
    expect(second.enrol).toEqual([]);
    expect(second.moveSection).toEqual([]);
    expect(second.unchanged.map((u) => u.row)).toEqual([2, 3, 4, 5, 6, 8]);
  });
});

describe("planRosterImport edge cases", () => {
  it("skips instructors too, and never changes a role", () => {
    const rows = parseRoster("email\nprof@example.com\n").rows;
    const plan = planRosterImport(rows, [{ email: "prof@example.com", role: "instructor", section: null }], []);
    expect(plan.skipped).toEqual([
      { row: 2, email: "prof@example.com", reason: "prof@example.com is an instructor of this course." },
    ]);
    expect(plan.enrol).toEqual([]);
  });

  it("moves a student who had no section into the one the roster gives", () => {
    const rows = parseRoster("email,section\nada@example.com,Lab A\n").rows;
    const plan = planRosterImport(
      rows,
      [{ email: "ada@example.com", role: "student", section: null }],
      [{ email: "ada@example.com" }],
    );
    expect(plan.moveSection).toEqual([{ row: 2, email: "ada@example.com", from: null, to: "Lab A" }]);
  });

  it("matches emails whatever case the roster used", () => {
    const rows = parseRoster("email\nADA@Example.com\n").rows;
    const plan = planRosterImport(
      rows,
      [{ email: "ada@example.com", role: "student", section: null }],
      [{ email: "ada@example.com" }],
    );
    expect(plan.unchanged).toEqual([{ row: 2, email: "ada@example.com" }]);
  });
});
