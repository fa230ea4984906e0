import type { AssignmentProblem, GradeRow } from "../buildGradeRows";
import { csvLine, csvNumber, csvText } from "./csvField";

/**
 * The layouts of a grade export:
 * - `wide`: a row per student — email, name, section, a column per problem (its slug),
 *   total. This is also the Moodle form: Moodle's CSV grade import (Grades → Import → CSV
 *   file) lets staff map any column, so they pick "Map from: email" → "Map to: Email
 *   address" and map each problem or the total to a grade item (or a new one). Moodle
 *   aborts the whole import on a row whose user it cannot find
 *   (`gradeimport_csv_load_data::check_user_exists`), so this form has nothing but
 *   student rows, and the email is the one identifier both systems have. Moodle compares
 *   emails exactly (MDL-29315); ours are stored lower-cased.
 * - `long`: a row per student and problem, for pivot tables and scripts.
 * - `canvas`: Canvas's gradebook import (`GradebookImporter`): the header must start with
 *   `Student`, `ID`, and end its student columns with `Section`; `SIS User ID` and `SIS Login
 *   ID` may sit between. Canvas finds the student by Canvas ID, then SIS IDs, then name; we
 *   have no Canvas IDs, so the email goes in `SIS Login ID` (the login at most schools)
 *   and the name is the fallback. Every other column becomes an assignment, so the
 *   assignment is one column, named after it, holding the total; the optional
 *   `Points Possible` row sets its points when Canvas creates it. Canvas reads a title
 *   ending in "(123)" as its assignment id 123 and drops columns whose header contains
 *   "Current Score", "Final Score" and the like, so pick the title with that in mind.
 */
export type GradesCsvOptions =
  { format: "wide" | "long"; bom?: boolean } | { format: "canvas"; assignmentTitle: string; bom?: boolean };

/**
 * Writes an assignment's grades as CSV: RFC 4180 (CRLF line ends, quotes doubled), every
 * typed value made safe against formula injection (`csvText`), numbers plain decimals.
 * Starts with a UTF-8 byte order mark unless `bom: false`, because Excel otherwise reads
 * the file in the local code page and garbles accented names. Both LMSs accept it: Moodle's
 * `csv_import_reader::load_csv_content` strips it, and Canvas only checks that the first
 * header cell contains "Student".
 * `problems` gives the columns' order and must be the one `buildGradeRows` was given.
 */
export function writeGradesCsv(
  rows: readonly GradeRow[],
  problems: readonly AssignmentProblem[],
  options: GradesCsvOptions,
): string {
  const lines: string[] = [];
  if (options.format === "canvas") {
    const possible = problems.reduce((sum, p) => sum + p.points, 0);
    lines.push(csvLine(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", csvText(options.assignmentTitle)]));
    lines.push(csvLine(["Points Possible", "", "", "", "", csvNumber(possible)]));
    for (const row of rows) {
      lines.push(
        csvLine([csvText(row.name), "", "", csvText(row.email), csvText(row.section ?? ""), csvNumber(row.total)]),
      );
    }
  } else if (options.format === "wide") {
    lines.push(csvLine(["email", "name", "section", ...problems.map((p) => csvText(p.problem)), "total"]));
    for (const row of rows) {
      lines.push(csvLine([...student(row), ...row.problems.map((c) => csvNumber(c.score)), csvNumber(row.total)]));
    }
  } else {
    lines.push(csvLine(LONG_HEADER));
    for (const row of rows) {
      for (const c of row.problems) {
        lines.push(
          csvLine([
            ...student(row),
            csvText(c.problem),
            csvNumber(c.score),
            csvNumber(c.points),
            String(c.late),
            String(c.override !== null),
            csvNumber(c.attempts),
            c.submittedAt ? c.submittedAt.toISOString() : "",
            csvText(c.submissionId ?? ""),
          ]),
        );
      }
    }
  }
  return (options.bom === false ? "" : "\uFEFF") + lines.join("");
}

const LONG_HEADER = [
  "email",
  "name",
  "section",
  "problem",
  "score",
  "points",
  "late",
  "overridden",
  "attempts",
  "submitted_at",
  "submission_id",
];

function student(row: GradeRow): string[] {
  return [csvText(row.email), csvText(row.name), csvText(row.section ?? "")];
}
