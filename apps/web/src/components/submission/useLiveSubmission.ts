"use client";

import type { JudgeEvent, SubmissionView } from "@arbiter/shared";
import { useEffect, useState } from "react";
import { applyJudgeEvent, newerView } from "./applyJudgeEvent";

/** How the page follows a submission: not at all (it was done), server-sent events, or polling. */
export type LiveTransport = "static" | "connecting" | "sse" | "poll";

/** Polling fallback: how often to ask while judging, and the longest wait after failures, in ms. */
const POLL_INTERVAL_MS = 700;
const MAX_BACKOFF_MS = 10_000;
/** Consecutive stream errors (each followed by the browser's own reconnect) before polling instead. */
const MAX_STREAM_ERRORS = 3;

const JUDGE_EVENT_TYPES = ["status", "compiled", "test", "done"] as const satisfies readonly JudgeEvent["type"][];

export interface LiveSubmission {
  view: SubmissionView;
  transport: LiveTransport;
  /** A problem worth telling the user about, e.g. lost contact while retrying. */
  notice: string | null;
}

/**
 * Follows a submission until it is done: one EventSource on
 * `/api/v1/submissions/:id/events` (a snapshot, then each test as the judge stores it),
 * falling back to polling `GET /api/v1/submissions/:id` when the stream cannot be
 * opened (an old proxy, Redis down) or keeps failing.
 */
export function useLiveSubmission(initial: SubmissionView): LiveSubmission {
  const [view, setView] = useState(initial);
  const [transport, setTransport] = useState<LiveTransport>(initial.status === "done" ? "static" : "connecting");
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (initial.status === "done") return;
    const base = `/api/v1/submissions/${encodeURIComponent(initial.id)}`;
    let stopPolling: (() => void) | undefined;

    const fallBackToPolling = (stream?: EventSource) => {
      stream?.close();
      if (stopPolling) return;
      setTransport("poll");
      stopPolling = poll(base, setView, setNotice);
    };
    if (typeof EventSource === "undefined") {
      fallBackToPolling();
      return () => stopPolling?.();
    }

    const stream = new EventSource(`${base}/events`);
    let errors = 0;
    stream.onopen = () => setTransport("sse");
    stream.addEventListener("snapshot", (message: MessageEvent<string>) => {
      errors = 0;
      setNotice(null);
      const snapshot = JSON.parse(message.data) as SubmissionView;
      setView((current) => newerView(current, snapshot));
      if (snapshot.status === "done") stream.close();
    });
    for (const type of JUDGE_EVENT_TYPES) {
      stream.addEventListener(type, (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as JudgeEvent;
        setView((current) => applyJudgeEvent(current, event));
        // Close before the server ends the stream, or the browser would reconnect.
        if (event.type === "done") stream.close();
      });
    }
    stream.onerror = () => {
      // CLOSED: the server refused the stream (401, 404, 503…) and the browser gave up.
      // Otherwise the browser is reconnecting by itself; give it a few tries.
      errors += 1;
      if (stream.readyState === EventSource.CLOSED || errors >= MAX_STREAM_ERRORS) fallBackToPolling(stream);
      else setNotice("Reconnecting…");
    };
    return () => {
      stream.close();
      stopPolling?.();
    };
  }, [initial.id, initial.status]);

  return { view, transport, notice };
}

/** Polls the REST view until it is done, backing off on failures; returns a stop function. */
function poll(
  url: string,
  setView: (update: (current: SubmissionView) => SubmissionView) => void,
  setNotice: (notice: string | null) => void,
): () => void {
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const controller = new AbortController();

  const tick = async () => {
    try {
      const response = await fetch(url, { cache: "no-store", signal: controller.signal });
      if (response.status === 401 || response.status === 404) {
        setNotice("This submission is no longer available to you. Sign in again to follow it.");
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const next = (await response.json()) as SubmissionView;
      failures = 0;
      setNotice(null);
      setView((current) => newerView(current, next));
      if (next.status === "done") return;
    } catch {
      if (stopped) return;
      failures += 1;
      if (failures >= 3) setNotice("Lost contact with the server; still retrying…");
    }
    if (!stopped) timer = setTimeout(() => void tick(), Math.min(POLL_INTERVAL_MS * 2 ** failures, MAX_BACKOFF_MS));
  };

  timer = setTimeout(() => void tick(), 0);
  return () => {
    stopped = true;
    controller.abort();
    clearTimeout(timer);
  };
}
