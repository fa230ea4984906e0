"use client";

import type { ScoreboardRowView } from "@arbiter/core/contests";
import { useEffect, useState } from "react";
import { Alert } from "@/components/Alert";
import { ScoreboardTable, type BoardProblem } from "./ScoreboardTable";

/** When the stream fails: poll the REST route this often, in ms, and try the stream again. */
const POLL_MS = 4000;
/** Polls before the stream is tried again after it failed. */
const POLLS_BEFORE_RETRY = 5;

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
 * The board, kept current by the server-sent events of `…/scoreboard/events`: a fresh
 * board after every change (each stream computes its own view, so a frozen board stays
 * frozen and no verdict leaks). If the stream fails (a proxy that buffers, a server
 * restart), it falls back to polling the REST route and tries the stream again later.
 */
export function LiveScoreboard({ slug, view, problems, ioi, initial, mine }: Props) {
  const [board, setBoard] = useState(initial);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const [offline, setOffline] = useState(false);
  const [transport, setTransport] = useState<"stream" | "poll">("stream");
  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const base = `/api/v1/contests/${encodeURIComponent(slug)}/scoreboard`;
    const query = view === "jury" ? "?view=jury" : "";
    const show = (data: BoardData) => {
      setBoard(data);
      setUpdatedAt(Date.now());
      setOffline(false);
    };
    const poll = async () => {
      try {
        const response = await fetch(`${base}${query}`, { cache: "no-store" });
        if (stopped) return;
        if (!response.ok) return setOffline(true);
        show((await response.json()) as BoardData);
      } catch {
        if (!stopped) setOffline(true);
      }
    };
    const stream = () => {
      clearInterval(timer);
      setTransport("stream");
      source = new EventSource(`${base}/events${query}`);
      source.addEventListener("board", (event) => show(JSON.parse((event as MessageEvent<string>).data) as BoardData));
      source.onerror = () => {
        // EventSource retries by itself while the server is reachable; a closed stream
        // (an error status, or no SSE through some proxy) falls back to polling.
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        source = null;
        setTransport("poll");
        let polls = 0;
        timer = setInterval(() => {
          if (++polls > POLLS_BEFORE_RETRY) return stream();
          void poll();
        }, POLL_MS);
      };
    };
    stream();
    return () => {
      stopped = true;
      source?.close();
      clearInterval(timer);
    };
  }, [slug, view]);

  return (
    <div
      className="space-y-4"
      data-testid="live-scoreboard"
      data-view={view}
      data-updated={updatedAt ?? 0}
      data-transport={transport}
    >
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
