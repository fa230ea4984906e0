"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** How often an open gradebook asks whether anything changed, in ms. */
const POLL_MS = 4000;

/**
 * Keeps the server-rendered gradebook current: polls the cheap version endpoint and
 * re-renders the page (keeping sort and filter, which live in the URL) only when a grade
 * changed. Polling pauses while the tab is hidden. Judgings finish in bursts, so a
 * few seconds of delay costs nothing and keeps the load at one small query per viewer.
 */
export function LiveGradebook({ versionUrl, initial }: { versionUrl: string; initial: string }) {
  const router = useRouter();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    let version = initial;
    let stopped = false;
    const check = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(versionUrl, { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { version?: unknown };
        if (!stopped && typeof body.version === "string" && body.version !== version) {
          version = body.version;
          setUpdatedAt(new Date());
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    const timer = setInterval(() => void check(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [versionUrl, initial, router]);
  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400"
      data-testid="gradebook-live"
      data-updated={updatedAt ? "true" : "false"}
    >
      <span className="size-1.5 rounded-full bg-emerald-500 motion-safe:animate-pulse" aria-hidden="true" />
      Live{updatedAt ? ` · updated ${updatedAt.toLocaleTimeString()}` : ""}
    </span>
  );
}
