/**
 * First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a
 * formula (or, for tab and CR, hide one after them): OWASP "CSV Injection" lists
 * `=`, `+`, `-`, `@`, tab (0x09) and carriage return (0x0D); OWASP ASVS 5.0 requirement
 * 1.2.10 adds NUL. Quoting alone does not help: spreadsheets evaluate `"=1+1"` too.
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\u0000"]);

/**
 * One text cell of an export, safe to open in a spreadsheet: a value starting with a
 * formula trigger gets a leading `'` (OWASP's advice; spreadsheets show the text and do
 * not evaluate it), then the cell is quoted per RFC 4180 §2.6–2.7 when it holds a comma,
 * a quote, CR or LF, with quotes doubled. Use it for every value people typed (names,
 * emails, sections, problem titles); numbers we compute go through `csvNumber` instead,
 * since prefixing them would turn them into text.
 */
export function csvText(value: string): string {
  const safe = FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A number we computed (points, scores, counts) as a CSV cell: plain decimal with a "."
 * and at most two decimals, no thousands separator, which both Canvas and Moodle parse.
 * Grades are never negative, so no cell written here can start with "-".
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a grade: ${value}`);
  return String(Math.round(value * 100) / 100);
}

/** A CSV line from cells already made with `csvText` or `csvNumber`; RFC 4180 ends lines with CRLF. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.join(",")}\r\n`;
}
