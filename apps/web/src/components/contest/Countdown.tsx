"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatCountdown } from "@/lib/contestState";

/**
 * "Starts in 4 min 09 s", ticking each second; at zero the page re-renders on the server,
 * so the problems appear at the start (and the forms change at the end) without a reload.
 */
export function Countdown({ label, targetMs }: { label: string; targetMs: number }) {
  const router = useRouter();
  // Null on the server and the first client render, so the markup matches (no clock skew).
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= targetMs && t - 1000 < targetMs) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [router, targetMs]);
  return (
    <span className="tabular-nums" data-testid="countdown">
      {label} {now === null ? "…" : formatCountdown(targetMs - now)}
    </span>
  );
}
