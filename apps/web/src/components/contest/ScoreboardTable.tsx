import type { ScoreboardRowView } from "@arbiter/core/contests";
import { ProblemLabel } from "./ProblemLabel";

export interface BoardProblem {
  label: string;
  color: string | null;
}

type Cell = ScoreboardRowView["problems"][number];

const CELL_STYLES = {
  first: "bg-emerald-600 text-white dark:bg-emerald-500",
  solved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-500/20 dark:text-emerald-200",
  pending: "bg-sky-100 text-sky-900 dark:bg-sky-500/20 dark:text-sky-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-500/20 dark:text-red-200",
  empty: "",
} as const;

function cellKind(cell: Cell, ioi: boolean): keyof typeof CELL_STYLES {
  if (cell.solved) return cell.firstToSolve ? "first" : "solved";
  if (cell.numPending > 0) return "pending";
  if (cell.numJudged > 0 && (!ioi || cell.score === 0)) return "failed";
  if (ioi && cell.score > 0) return "solved";
  return "empty";
}

/**
 * ICPC (CCS scoreboard): tries and the solve minute, "?" with a count for pending tries
 * (hidden by the freeze or not judged yet), first to solve in a darker green. IOI: points.
 */
function CellView({ cell, ioi }: { cell: Cell; ioi: boolean }) {
  const kind = cellKind(cell, ioi);
  const tries = cell.numJudged + cell.numPending;
  return (
    <td
      className={`border-l border-zinc-200 px-1 py-1.5 text-center text-xs leading-tight tabular-nums dark:border-zinc-800 ${CELL_STYLES[kind]}`}
      data-testid="board-cell"
      data-label={cell.label}
      data-kind={kind}
      data-pending={cell.numPending}
    >
      {ioi ? (
        cell.numJudged + cell.numPending > 0 && (
          <>
            <div className="font-semibold">{cell.score}</div>
            {cell.numPending > 0 && <div className="text-[10px]">? {cell.numPending}</div>}
          </>
        )
      ) : kind === "empty" ? null : (
        <>
          <div className="font-semibold">
            {kind === "pending"
              ? `? ${cell.numPending}`
              : cell.solved
                ? `+${cell.numJudged > 1 ? cell.numJudged - 1 : ""}`
                : `−${cell.numJudged}`}
          </div>
          <div className="text-[10px] opacity-80">
            {cell.solved
              ? `${cell.time} min`
              : kind === "pending"
                ? `${tries} ${tries === 1 ? "try" : "tries"}`
                : "tries"}
          </div>
        </>
      )}
    </td>
  );
}

function Row({ row, ioi, highlight }: { row: ScoreboardRowView; ioi: boolean; highlight: boolean }) {
  return (
    <tr
      className={highlight ? "bg-indigo-50 dark:bg-indigo-500/10" : ""}
      data-testid="board-row"
      data-participant={row.participant.id}
      data-name={row.participant.name}
      data-rank={row.rank}
    >
      <td className="px-3 py-1.5 text-right font-semibold tabular-nums">{row.rank}</td>
      <td className="max-w-64 truncate px-3 py-1.5 font-medium">{row.participant.name}</td>
      {"numSolved" in row.score ? (
        <>
          <td className="px-3 py-1.5 text-center font-semibold tabular-nums" data-testid="board-solved">
            {row.score.numSolved}
          </td>
          <td className="px-3 py-1.5 text-center tabular-nums" data-testid="board-penalty">
            {row.score.totalTime}
          </td>
        </>
      ) : (
        <td className="px-3 py-1.5 text-center font-semibold tabular-nums" data-testid="board-score">
          {row.score.score}
        </td>
      )}
      {row.problems.map((cell) => (
        <CellView key={cell.label} cell={cell} ioi={ioi} />
      ))}
    </tr>
  );
}

interface ScoreboardTableProps {
  problems: BoardProblem[];
  rows: ScoreboardRowView[];
  ioi: boolean;
  /** The viewer's own participant ids, highlighted. */
  mine?: string[];
  testId?: string;
}

/** The board's table; live updates and the frozen banner are the caller's. */
export function ScoreboardTable({ problems, rows, ioi, mine = [], testId = "scoreboard" }: ScoreboardTableProps) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
          <tr>
            <th scope="col" className="w-12 px-3 py-2 text-right">
              #
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Participant
            </th>
            {ioi ? (
              <th scope="col" className="px-3 py-2">
                Score
              </th>
            ) : (
              <>
                <th scope="col" className="px-3 py-2" title="Problems solved">
                  Solved
                </th>
                <th scope="col" className="px-3 py-2" title="Penalty time in minutes">
                  Time
                </th>
              </>
            )}
            {problems.map((p) => (
              <th key={p.label} scope="col" className="w-16 border-l border-zinc-200 px-1 py-1.5 dark:border-zinc-800">
                <span className="flex justify-center">
                  <ProblemLabel label={p.label} color={p.color} size="sm" />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map((row) => (
            <Row key={row.participant.id} row={row} ioi={ioi} highlight={mine.includes(row.participant.id)} />
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={4 + problems.length} className="px-3 py-6 text-center text-zinc-500">
                Nobody on the board yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
