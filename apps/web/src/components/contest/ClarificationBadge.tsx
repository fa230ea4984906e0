"use client";

import { useEffect, useState } from "react";

/** How often the badge asks for news, in ms: clarifications are rare, a few seconds late is fine. */
const POLL_MS = 5000;

interface Listing {
  clarifications: { id: string; answer: string | null; toAll: boolean; answeredAt: string | null }[];
  unanswered: number | null;
}

const seenKey = (slug: string) => `arbiter:contest:${slug}:seen-clarifications`;

function readSeen(slug: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(seenKey(slug));
    return new Set(raw ? (JSON.parse(raw) as string[]) : []);
  } catch {
    return new Set();
  }
}

/**
 * The live notification on contest pages: for the jury, questions waiting for an answer;
 * for participants, answers and announcements they have not opened yet (remembered in
 * this browser; opening the clarifications page marks them read). Polls the REST list.
 */
export function ClarificationBadge({ slug, isJury, onPage }: { slug: string; isJury: boolean; onPage: boolean }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/v1/contests/${encodeURIComponent(slug)}/clarifications`, {
          cache: "no-store",
        });
        if (!response.ok || stopped) return;
        const listing = (await response.json()) as Listing;
        if (isJury) return setCount(listing.unanswered ?? 0);
        // A message is news once it has something to read: an answer or an announcement.
        const news = listing.clarifications
          .filter((c) => c.answer !== null || c.toAll)
          .map((c) => `${c.id}@${c.answeredAt ?? ""}`);
        const seen = readSeen(slug);
        if (onPage) {
          window.localStorage.setItem(seenKey(slug), JSON.stringify(news));
          return setCount(0);
        }
        setCount(news.filter((n) => !seen.has(n)).length);
      } catch {
        // Offline for a moment: keep the last count and try again at the next tick.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug, isJury, onPage]);
  if (count === 0) return null;
  return (
    <span
      className="rounded-full bg-rose-600 px-1.5 py-0.5 text-[11px] leading-none font-semibold text-white tabular-nums"
      data-testid="clarification-badge"
      title={isJury ? "Unanswered questions" : "New answers and announcements"}
    >
      {count}
    </span>
  );
}
