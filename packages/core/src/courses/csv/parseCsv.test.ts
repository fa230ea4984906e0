import { describe, expect, it } from "vitest";
import { guessDelimiter, parseCsv } from "./parseCsv";

function fields(text: string) {
  const result = parseCsv(text, 100);
  if (!result.ok) throw new Error(result.reason);
  return result.records.map((r) => [r.row, ...r.fields]);
}

describe("parseCsv", () => {
  it("reads quoted fields holding commas, doubled quotes and line breaks", () => {
    expect(fields('a,"b, c","say ""hi""","two\nlines"\nx,y,z,w')).toEqual([
      [1, "a", "b, c", 'say "hi"', "two\nlines"],
      [3, "x", "y", "z", "w"],
    ]);
  });

  it("drops a BOM and accepts CRLF, LF and lone CR line ends", () => {
    expect(fields("\uFEFFa,b\r\nc,d\re,f\ng,h")).toEqual([
      [1, "a", "b"],
      [2, "c", "d"],
      [3, "e", "f"],
      [4, "g", "h"],
    ]);
  });

  it("skips empty lines and lines of only commas but keeps counting rows", () => {
    expect(fields("a\n\n,, \nb\n")).toEqual([
      [1, "a"],
      [4, "b"],
    ]);
  });

  it("keeps empty fields, including a quoted empty one", () => {
    expect(fields('a,,""\n')).toEqual([[1, "a", "", ""]]);
  });

  it("keeps a quote inside an unquoted field as a character, like Excel", () => {
    expect(fields('5" floppy,x')).toEqual([[1, '5" floppy', "x"]]);
  });

  it("reports a quote that is never closed with the row it started on", () => {
    expect(parseCsv('a\nb,"open\nc', 100)).toEqual({ ok: false, reason: "unclosed_quote", row: 2 });
  });

  it("stops after maxRows non-empty records", () => {
    expect(parseCsv("a\nb\nc", 3).ok).toBe(true);
    expect(parseCsv("a\nb\nc\nd", 3)).toEqual({ ok: false, reason: "too_many_rows", maxRows: 3 });
    expect(parseCsv("a\nb\nc\n\n\n", 3).ok).toBe(true);
  });
});

describe("guessDelimiter", () => {
  it('picks ";" only for a first line with semicolons and no commas', () => {
    expect(guessDelimiter("email;name\na;b")).toBe(";");
    expect(guessDelimiter("email,name;x\n")).toBe(",");
    expect(guessDelimiter("email\na;b")).toBe(",");
    expect(guessDelimiter("")).toBe(",");
  });
});

describe("parseCsv row numbers across quoted line breaks", () => {
  it("counts a CRLF inside quotes as one row", () => {
    expect(fields('"a\r\nb",c\r\nd\r\n')).toEqual([
      [1, "a\r\nb", "c"],
      [3, "d"],
    ]);
  });

  it("reads text after a closing quote as part of the field, like Excel", () => {
    expect(fields('"abc"def,x')).toEqual([[1, "abcdef", "x"]]);
  });

  it("splits on semicolons when told, leaving commas inside values", () => {
    const result = parseCsv("a;b,c\n", 10, ";");
    expect(result.ok && result.records[0]?.fields).toEqual(["a", "b,c"]);
  });
});
