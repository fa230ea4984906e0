"use client";

import type { ScoreboardRowView } from "@arbiter/core/contests";
import { useEffect, useState } from "react";
import { Alert } from "@/components/Alert";
import { ScoreboardTable, type BoardProblem } from "./ScoreboardTable";

/** How often the board refreshes, in ms: a few seconds behind is fine for a scoreboard. */
const POLL_MS = 4000;

export interface BoardData {
  frozen: boolean;
  notice: string | null;
  rows: ScoreboardRowView[];
  virtualRows: ScoreboardRowView[];
}

interface Props {
  slug: string;
  view: "public" | "jury";
  problems: BoardProblem[];
  ioi: boolean;
  initial: BoardData;
  mine: string[];
}

/**
 * The board, kept current by polling the REST route (the same JSON API clients read).
 * Polling rather than SSE: the board is recomputed from PostgreSQL per request anyway, and
 * the public view it fetches is the frozen one for everyone but the jury, so no verdict
 * can leak through it during a freeze.
 */
export function LiveScoreboard({ slug, view, problems, ioi, initial, mine }: Props) {
  const [board, setBoard] = useState(initial);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(
          `/api/v1/contests/${encodeURIComponent(slug)}/scoreboard${view === "jury" ? "?view=jury" : ""}`,
          { cache: "no-store" },
        );
        if (stopped) return;
        if (!response.ok) return setOffline(true);
        setBoard((await response.json()) as BoardData);
        setUpdatedAt(Date.now());
        setOffline(false);
      } catch {
        if (!stopped) setOffline(true);
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug, view]);

  return (
    <div className="space-y-4" data-testid="live-scoreboard" data-view={view} data-updated={updatedAt ?? 0}>
      {board.notice && (
        <Alert tone={board.frozen ? "info" : "warning"} testId="frozen-banner">
          {board.notice}
        </Alert>
      )}
      {view === "jury" && (
        <Alert tone="warning">Jury view: the live board, with every verdict. Do not project it during a freeze.</Alert>
      )}
      {offline && <p className="text-xs text-zinc-500">Could not refresh the board; retrying…</p>}
      <ScoreboardTable problems={problems} rows={board.rows} ioi={ioi} mine={mine} />
      {board.virtualRows.length > 0 && (
        <section aria-labelledby="virtual-heading" className="space-y-2">
          <h2 id="virtual-heading" className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
            Virtual participants (ranked against the official standings, not part of them)
          </h2>
          <ScoreboardTable
            problems={problems}
            rows={board.virtualRows}
            ioi={ioi}
            mine={mine}
            testId="virtual-scoreboard"
          />
        </section>
      )}
    </div>
  );
}
