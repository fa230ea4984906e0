"use client";

import { useEffect, useState } from "react";
import { formatDuration } from "@/lib/duration";

/**
 * "in 3 h 20 min" until `iso`, kept current every 30 s in the browser (the server's text
 * is right at render time; a tab left open should not show a stale deadline).
 */
export function Countdown({ iso, nowIso, testId }: { iso: string; nowIso: string; testId?: string }) {
  const [now, setNow] = useState(() => new Date(nowIso).getTime());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const left = new Date(iso).getTime() - now;
  return <span data-testid={testId}>{left > 0 ? `in ${formatDuration(left)}` : "now"}</span>;
}
