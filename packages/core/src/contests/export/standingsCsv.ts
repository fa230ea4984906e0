import type { Scoreboard, ScoreboardCell, ScoreboardRow } from "../scoreboard";

/**
 * Final standings as CSV (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote
 * or line break). Columns: rank, participant, official (no for virtual rows, listed after
 * the official ones), then solved and penalty (pass-fail) or score, then one column per
 * problem label: pass-fail cells read "tries/minute" when solved and "tries/-" when not;
 * score cells hold the points.
 */
export function standingsCsv(board: Scoreboard): string {
  const labels = (board.rows[0] ?? board.virtualRows[0])?.problems.map((c) => c.label) ?? [];
  const passFail = board.scoreboardType === "pass-fail";
  const header = ["Rank", "Participant", "Official", ...(passFail ? ["Solved", "Penalty"] : ["Score"]), ...labels];
  const lines = [header, ...[...board.rows, ...board.virtualRows].map((r) => rowFields(r, passFail))];
  return lines.map((fields) => fields.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function rowFields(row: ScoreboardRow, passFail: boolean): string[] {
  const totals =
    row.score.kind === "pass-fail"
      ? [String(row.score.numSolved), String(row.score.totalTime)]
      : [String(row.score.score)];
  return [
    String(row.rank),
    row.participant.name,
    row.participant.virtual ? "no" : "yes",
    ...totals,
    ...row.problems.map((c) => cellText(c, passFail)),
  ];
}

function cellText(cell: ScoreboardCell, passFail: boolean): string {
  if (!passFail) return cell.numJudged === 0 ? "" : String(cell.score);
  if (cell.numJudged === 0) return "";
  return `${cell.numJudged}/${cell.time ?? "-"}`;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @ at the start, and tab or CR, which some spreadsheets skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, made inert and quoted as needed. A participant named `=HYPERLINK(…)` is
 * written as `'=HYPERLINK(…)`, which a spreadsheet shows as text.
 */
export function csvField(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
