/** A record of a CSV file with the row a spreadsheet shows it on (1 = the first line). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

export type CsvParseResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; reason: "too_many_rows"; maxRows: number }
  | { ok: false; reason: "unclosed_quote"; row: number };

/**
 * Parses RFC 4180 CSV as spreadsheets write it: a UTF-8 BOM is dropped; records end in
 * CRLF, LF or a lone CR (old Mac Excel); a field in double quotes may hold commas, line
 * breaks and doubled quotes (`""`). A quote inside an unquoted field is kept as a
 * character, as Excel does, rather than rejecting the file. Empty lines are skipped but
 * still numbered, as are lines holding only commas and spaces (what a spreadsheet
 * leaves below the data), so `row` matches the row number a spreadsheet shows.
 *
 * `delimiter` is "," unless told otherwise: Excel in many European locales saves "CSV"
 * with ";" (see `guessDelimiter`).
 *
 * Stops as soon as more than `maxRows` non-empty records have been read, so an enormous
 * upload costs no more than the limit.
 */
export function parseCsv(text: string, maxRows: number, delimiter: "," | ";" = ","): CsvParseResult {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 1;
  while (i < text.length) {
    const startRow = row;
    const fields: string[] = [];
    let field = "";
    let inQuotes = false;
    let quotedField = false;
    let done = false;
    while (!done) {
      if (i >= text.length) {
        if (inQuotes) return { ok: false, reason: "unclosed_quote", row: startRow };
        break;
      }
      const c = text[i] as string;
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            inQuotes = false;
            i += 1;
          }
          continue;
        }
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) row += 1;
        field += c;
        i += 1;
        continue;
      }
      if (c === '"' && field === "" && !quotedField) {
        inQuotes = true;
        quotedField = true;
        i += 1;
      } else if (c === delimiter) {
        fields.push(field);
        field = "";
        quotedField = false;
        i += 1;
      } else if (c === "\r" || c === "\n") {
        i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
        row += 1;
        done = true;
      } else {
        field += c;
        i += 1;
      }
    }
    fields.push(field);
    // A line of nothing but separators and spaces is what spreadsheets leave below the data.
    if (fields.every((f) => f.trim() === "")) continue;
    if (records.length === maxRows) return { ok: false, reason: "too_many_rows", maxRows };
    records.push({ row: startRow, fields });
  }
  return { ok: true, records };
}

/**
 * "," or ";" for a file, judged from its first line: ";" only when that line has
 * semicolons and no commas, which is what Excel writes where "," is the decimal
 * separator. Canvas's gradebook import makes the same guess.
 */
export function guessDelimiter(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  return firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
}
