import { describe, expect, it } from "vitest";
import { MAX_ROSTER_LINES, parseRoster } from "./parseRoster";

describe("parseRoster", () => {
  it("reads email, name and section, normalizing emails and tolerating header case, spaces, BOM and CRLF", () => {
    const text = '\uFEFF Email , NAME,Section\r\n Ada@Example.COM ,"Lovelace, Ada",Lab A\r\nbob@example.com,Bob,\r\n';
    expect(parseRoster(text)).toEqual({
      rows: [
        { row: 2, email: "ada@example.com", name: "Lovelace, Ada", section: "Lab A" },
        { row: 3, email: "bob@example.com", name: "Bob", section: null },
      ],
      issues: [],
    });
  });

  it("needs only an email column; an empty name is left for the import to fill in", () => {
    expect(parseRoster("email\ncy@example.com\n").rows).toEqual([
      { row: 2, email: "cy@example.com", name: null, section: null },
    ]);
    expect(parseRoster("email,name\ncy@example.com,\n").rows[0]?.name).toBeNull();
  });

  it("reports malformed and missing emails with their row numbers", () => {
    const { rows, issues } = parseRoster("email,name\nada@,Ada\n,Nobody\nbob@example.com,Bob\n");
    expect(rows.map((r) => r.email)).toEqual(["bob@example.com"]);
    expect(issues).toEqual([
      { row: 2, message: 'Row 2: "ada@" is not a valid email address.' },
      { row: 3, message: "Row 3: the email is missing." },
    ]);
  });

  it("reports the same email twice, naming the first row, whatever its case", () => {
    const { issues } = parseRoster("email,name\nada@example.com,Ada\nbob@example.com,Bob\nADA@example.com,Ada again\n");
    expect(issues).toEqual([{ row: 4, message: "Row 4: ada@example.com is already on row 2." }]);
  });

  it("checks sections against the course's, ignoring case, and returns the course's spelling", () => {
    const text = "email,name,section\nada@example.com,Ada,lab a\nbob@example.com,Bob,Lab C\n";
    const { rows, issues } = parseRoster(text, { knownSections: ["Lab A", "Lab B"] });
    expect(rows).toEqual([{ row: 2, email: "ada@example.com", name: "Ada", section: "Lab A" }]);
    expect(issues).toEqual([
      { row: 3, message: 'Row 3: the course has no section "Lab C" (its sections: Lab A, Lab B).' },
    ]);
  });

  it("accepts any section when no list is given", () => {
    expect(parseRoster("email,section\nada@example.com,Lab Z\n").rows[0]?.section).toBe("Lab Z");
  });

  it("rejects unknown, repeated or missing header columns", () => {
    expect(parseRoster("email,constructor\n").issues[0]?.message).toContain('unknown column "constructor"');
    expect(parseRoster("email,name,secton\n").issues).toEqual([
      { row: 1, message: 'Row 1: unknown column "secton"; the columns are email, name and section.' },
    ]);
    expect(parseRoster("email,Email\n").issues[0]?.message).toBe('Row 1: the column "email" appears twice.');
    expect(parseRoster("name,section\nAda,A\n").issues[0]?.message).toBe('Row 1: the header has no "email" column.');
  });

  it("rejects rows with more values than columns, and names that are too long", () => {
    const long = "x".repeat(101);
    const { issues } = parseRoster(`email,name\nada@example.com,Ada,extra\nbob@example.com,${long}\n`);
    expect(issues.map((i) => i.message)).toEqual([
      "Row 2: it has 3 values but the header has 2 columns.",
      "Row 3: the name is longer than 100 characters.",
    ]);
  });

  it("puts all of a row's problems in one message", () => {
    const { issues } = parseRoster("email,name,section\nnope,Ada,Lab Q\n", { knownSections: [] });
    expect(issues).toEqual([
      {
        row: 2,
        message:
          'Row 2: "nope" is not a valid email address; the course has no section "Lab Q" (it has no sections yet).',
      },
    ]);
  });

  it("reports an empty file and a header without students", () => {
    expect(parseRoster("").issues[0]?.message).toBe("The roster is empty; its first line must be email,name,section.");
    expect(parseRoster("email,name\n\n").issues[0]?.message).toBe("The roster lists no students.");
  });

  it("accepts 50,000 lines and rejects 50,001 with a clear message", () => {
    const students = (n: number) => Array.from({ length: n }, (_, i) => `s${i}@example.com,Student ${i}`);
    const ok = parseRoster(["email,name", ...students(MAX_ROSTER_LINES - 1)].join("\n"));
    expect(ok.issues).toEqual([]);
    expect(ok.rows).toHaveLength(49_999);
    const tooMany = parseRoster(["email,name", ...students(MAX_ROSTER_LINES)].join("\n"));
    expect(tooMany).toEqual({
      rows: [],
      issues: [{ row: 50_001, message: "The roster has more than 50,000 lines; split it into smaller files." }],
    });
  });

  it("lists the first 100 problems and sums up the rest", () => {
    const bad = Array.from({ length: 150 }, (_, i) => `bad${i},x`);
    const { issues } = parseRoster(["email,name", ...bad].join("\n"));
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({ row: 102, message: "…and 50 more rows with problems." });
  });
});

describe("parseRoster with other spellings", () => {
  it("reads a semicolon-separated file from a European Excel", () => {
    expect(parseRoster("email;name;section\r\nada@example.com;Lovelace, Ada;Lab A\r\n").rows).toEqual([
      { row: 2, email: "ada@example.com", name: "Lovelace, Ada", section: "Lab A" },
    ]);
  });

  it('understands "Email address", "E-mail" and "Full name" headers', () => {
    expect(parseRoster("Email address,Full  Name\nada@example.com,Ada\n").rows[0]).toEqual({
      row: 2,
      email: "ada@example.com",
      name: "Ada",
      section: null,
    });
    expect(parseRoster("E-mail\nada@example.com\n").issues).toEqual([]);
    expect(parseRoster("email,e-mail\n").issues[0]?.message).toBe('Row 1: the column "email" appears twice.');
  });
});

describe("parseRoster row numbers", () => {
  it("numbers rows as a spreadsheet does, blank lines and a late header included", () => {
    const { issues } = parseRoster("\n\nemail,secton\n");
    expect(issues).toEqual([
      { row: 3, message: 'Row 3: unknown column "secton"; the columns are email, name and section.' },
    ]);
    expect(parseRoster("email\n\n\nbad\n").issues).toEqual([
      { row: 4, message: 'Row 4: "bad" is not a valid email address.' },
    ]);
  });

  it("keeps the list of sections short in messages", () => {
    const knownSections = Array.from({ length: 12 }, (_, i) => `S${i + 1}`);
    const { issues } = parseRoster("email,section\nada@example.com,S99\n", { knownSections });
    expect(issues[0]?.message).toBe(
      'Row 2: the course has no section "S99" (its sections: S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, …).',
    );
  });
});

describe("parseRoster names", () => {
  it("refuses a name with a NUL character, which the database cannot store", () => {
    expect(parseRoster("email,name\nada@example.com,A\u0000da\n").issues[0]?.message).toBe(
      "Row 2: the name contains a character we cannot store.",
    );
  });

  it("keeps a name that looks like a formula as typed (exports make it safe)", () => {
    expect(parseRoster('email,name\nada@example.com,"=1+1"\n').rows[0]?.name).toBe("=1+1");
  });
});
