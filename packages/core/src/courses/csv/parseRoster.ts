import { z } from "zod";
import { normalizeEmail } from "../../users/email";
import { guessDelimiter, parseCsv } from "./parseCsv";

/** Lines in a roster file, the header included; a course of thousands fits many times over. */
export const MAX_ROSTER_LINES = 50_000;
/** Problems listed before the rest are summed up, so a wrong file gives a readable answer. */
export const MAX_ROSTER_ISSUES = 100;

/** A valid roster line. Emails are normalized (trimmed, lower-cased). */
export interface RosterRow {
  /** Row number in the file (the header is row 1). */
  row: number;
  email: string;
  /** Null when the cell is empty: an existing account keeps its name, a new one gets one from the email. */
  name: string | null;
  /** Null when there is no section column or the cell is empty: the student's section is left as it is. */
  section: string | null;
}

export interface RosterIssue {
  /** Row number in the file (the header is row 1). */
  row: number;
  message: string;
}

export interface RosterOptions {
  /** The course's sections. When given, a section not among them is an error; matching ignores case. */
  knownSections?: readonly string[];
}

type Column = "email" | "name" | "section";
/** Header names that mean a column, after lower-casing; the other spellings are what LMS and spreadsheet exports use. */
// A Map, not an object literal: a header "constructor" must not find Object.prototype's.
const HEADER_NAMES = new Map<string, Column>([
  ["email", "email"],
  ["e-mail", "email"],
  ["email address", "email"],
  ["name", "name"],
  ["full name", "name"],
  ["section", "section"],
]);
const emailSchema = z.email().max(254);

/**
 * Reads a roster CSV (`email,name,section`; name and section optional) and checks every
 * row, reporting each problem with its row number: malformed emails, an email on two rows,
 * sections the course does not have, names that are too long, rows with more cells than
 * the header. Header names ignore case and surrounding spaces ("Email address" and
 * "Full name" are understood too), and a ";"-separated file from a European Excel is read
 * as such. An unknown column is an error, because a misspelt "secton" would otherwise
 * drop every section silently.
 * `rows` holds only the valid rows; apply the import only when `issues` is empty.
 */
export function parseRoster(text: string, options: RosterOptions = {}): { rows: RosterRow[]; issues: RosterIssue[] } {
  const parsed = parseCsv(text, MAX_ROSTER_LINES, guessDelimiter(text));
  if (!parsed.ok) {
    const message =
      parsed.reason === "too_many_rows"
        ? `The roster has more than ${MAX_ROSTER_LINES.toLocaleString("en-US")} lines; split it into smaller files.`
        : `A quoted value starting on row ${parsed.row} is never closed (a " is missing).`;
    return {
      rows: [],
      issues: [{ row: parsed.reason === "unclosed_quote" ? parsed.row : MAX_ROSTER_LINES + 1, message }],
    };
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    return {
      rows: [],
      issues: [{ row: 1, message: "The roster is empty; its first line must be email,name,section." }],
    };
  }

  const issues: RosterIssue[] = [];
  const columns = new Map<Column, number>();
  header.fields.forEach((raw, index) => {
    const name = HEADER_NAMES.get(raw.trim().toLowerCase().replace(/\s+/g, " "));
    if (name === undefined) {
      issues.push({
        row: header.row,
        message: `Row ${header.row}: unknown column "${clip(raw)}"; the columns are email, name and section.`,
      });
    } else if (columns.has(name)) {
      issues.push({ row: header.row, message: `Row ${header.row}: the column "${name}" appears twice.` });
    } else columns.set(name, index);
  });
  if (!columns.has("email"))
    issues.push({ row: header.row, message: `Row ${header.row}: the header has no "email" column.` });
  if (issues.length > 0) return { rows: [], issues };
  if (records.length === 0) {
    return { rows: [], issues: [{ row: header.row + 1, message: "The roster lists no students." }] };
  }

  const sections = new Map((options.knownSections ?? []).map((s) => [s.trim().toLowerCase(), s]));
  const firstRowOf = new Map<string, number>();
  const rows: RosterRow[] = [];
  for (const { row, fields } of records) {
    const cell = (c: Column) => {
      const index = columns.get(c);
      return index === undefined ? "" : (fields[index] ?? "").trim();
    };
    const rowIssues: string[] = [];
    if (fields.length > header.fields.length) {
      rowIssues.push(`it has ${fields.length} values but the header has ${header.fields.length} columns`);
    }
    const email = normalizeEmail(cell("email"));
    if (email === "") rowIssues.push("the email is missing");
    else if (!emailSchema.safeParse(email).success) rowIssues.push(`"${clip(email)}" is not a valid email address`);
    else if (firstRowOf.has(email)) rowIssues.push(`${email} is already on row ${firstRowOf.get(email)}`);
    const name = cell("name");
    if (name.length > 100) rowIssues.push("the name is longer than 100 characters");
    if (name.includes("\u0000")) rowIssues.push("the name contains a character we cannot store");
    let section: string | null = cell("section") || null;
    if (section !== null && options.knownSections) {
      const known = sections.get(section.toLowerCase());
      if (known === undefined)
        rowIssues.push(`the course has no section "${clip(section)}"${sectionList(options.knownSections)}`);
      section = known ?? section;
    }
    if (section !== null && section.length > 100) rowIssues.push("the section is longer than 100 characters");

    if (email !== "" && !firstRowOf.has(email)) firstRowOf.set(email, row);
    if (rowIssues.length > 0) issues.push({ row, message: `Row ${row}: ${rowIssues.join("; ")}.` });
    else rows.push({ row, email, name: name || null, section });
  }
  return { rows, issues: summarize(issues) };
}

function summarize(issues: RosterIssue[]): RosterIssue[] {
  if (issues.length <= MAX_ROSTER_ISSUES) return issues;
  const rest = issues.length - MAX_ROSTER_ISSUES;
  const last = issues[MAX_ROSTER_ISSUES] as RosterIssue;
  return [...issues.slice(0, MAX_ROSTER_ISSUES), { row: last.row, message: `…and ${rest} more rows with problems.` }];
}

function sectionList(known: readonly string[]): string {
  if (known.length === 0) return " (it has no sections yet)";
  // A course with dozens of sections would repeat a paragraph on every row.
  const shown = known.length > 10 ? `${known.slice(0, 10).join(", ")}, …` : known.join(", ");
  return ` (its sections: ${shown})`;
}

// Values are echoed back to the person who uploaded them; keep messages short.
function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
