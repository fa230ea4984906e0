import { describe, expect, it } from "vitest";
import type { AssignmentProblem, GradeRow } from "../buildGradeRows";
import { csvText } from "./csvField";
import { parseCsv } from "./parseCsv";
import { writeGradesCsv } from "./writeGradesCsv";

const problems: AssignmentProblem[] = [
  { problem: "sum", points: 30 },
  { problem: "graph", points: 70 },
];

function cell(problem: string, score: number, points: number, late = false) {
  return {
    problem,
    score,
    points,
    late,
    submissionId: score > 0 ? `sub-${problem}` : null,
    attempts: score > 0 ? 2 : 0,
    submittedAt: score > 0 ? new Date("2026-09-15T11:00:00Z") : null,
    override: null,
  };
}

const rows: GradeRow[] = [
  {
    userId: "u1",
    email: "ada@example.com",
    name: 'Lovelace, Ada "Countess"',
    section: "Lab A",
    problems: [cell("sum", 30, 30), cell("graph", 56, 70, true)],
    total: 86,
  },
  {
    userId: "u2",
    email: "eve@example.com",
    name: '=HYPERLINK("http://evil.example","click")',
    section: null,
    problems: [cell("sum", 12.5, 30), cell("graph", 0, 70)],
    total: 12.5,
  },
];

describe("csvText (formula injection and RFC 4180 quoting)", () => {
  it("prefixes every OWASP trigger with a quote", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\u0000x"].map(csvText)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      "'\u0000x",
    ]);
  });

  it("leaves ordinary text alone and quotes commas, quotes and line breaks", () => {
    expect(csvText("Ada")).toBe("Ada");
    expect(csvText("a=b")).toBe("a=b");
    expect(csvText("Lovelace, Ada")).toBe('"Lovelace, Ada"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText("two\nlines")).toBe('"two\nlines"');
  });
});

describe("writeGradesCsv", () => {
  it("writes the wide form with a BOM, CRLF, a column per problem and the total", () => {
    expect(writeGradesCsv(rows, problems, { format: "wide" })).toBe(
      "\uFEFF" +
        "email,name,section,sum,graph,total\r\n" +
        'ada@example.com,"Lovelace, Ada ""Countess""",Lab A,30,56,86\r\n' +
        `eve@example.com,"'=HYPERLINK(""http://evil.example"",""click"")",,12.5,0,12.5\r\n`,
    );
  });

  it("round-trips through a CSV parser to the same values (with the injection quote)", () => {
    const parsed = parseCsv(writeGradesCsv(rows, problems, { format: "wide" }), 10);
    expect(parsed.ok && parsed.records.map((r) => r.fields[1])).toEqual([
      "name",
      'Lovelace, Ada "Countess"',
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
  });

  it("writes the long form, one row per student and problem, without a BOM when asked", () => {
    const text = writeGradesCsv(rows, problems, { format: "long", bom: false });
    expect(text.split("\r\n")).toEqual([
      "email,name,section,problem,score,points,late,overridden,attempts,submitted_at,submission_id",
      'ada@example.com,"Lovelace, Ada ""Countess""",Lab A,sum,30,30,false,false,2,2026-09-15T11:00:00.000Z,sub-sum',
      'ada@example.com,"Lovelace, Ada ""Countess""",Lab A,graph,56,70,true,false,2,2026-09-15T11:00:00.000Z,sub-graph',
      `eve@example.com,"'=HYPERLINK(""http://evil.example"",""click"")",,sum,12.5,30,false,false,2,2026-09-15T11:00:00.000Z,sub-sum`,
      `eve@example.com,"'=HYPERLINK(""http://evil.example"",""click"")",,graph,0,70,false,false,0,,`,
      "",
    ]);
  });

  it("writes Canvas's gradebook form: its student columns, one assignment column, Points Possible", () => {
    const text = writeGradesCsv(rows, problems, { format: "canvas", assignmentTitle: "Homework 1", bom: false });
    expect(text.split("\r\n")).toEqual([
      "Student,ID,SIS User ID,SIS Login ID,Section,Homework 1",
      "Points Possible,,,,,100",
      '"Lovelace, Ada ""Countess""",,,ada@example.com,Lab A,86',
      `"'=HYPERLINK(""http://evil.example"",""click"")",,,eve@example.com,,12.5`,
      "",
    ]);
  });

  it("makes problem slugs and assignment titles safe too", () => {
    const text = writeGradesCsv([], [{ problem: "-x", points: 1 }], { format: "wide", bom: false });
    expect(text).toBe("email,name,section,'-x,total\r\n");
    expect(writeGradesCsv([], problems, { format: "canvas", assignmentTitle: "@home", bom: false })).toContain(
      "Section,'@home\r\n",
    );
  });
});
