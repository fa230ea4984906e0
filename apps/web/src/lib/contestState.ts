/** Where a contest stands at an instant, for lists and headers. */
export type ContestPhase = "upcoming" | "running" | "frozen" | "over";

export interface ContestInstants {
  startsAt: Date;
  endsAt: Date;
  freezeAt: Date | null;
  thawedAt: Date | null;
}

/** `frozen` only while it runs: after the end a frozen board is "over" (with a note elsewhere). */
export function contestPhase(c: ContestInstants, nowMs: number): ContestPhase {
  if (nowMs < c.startsAt.getTime()) return "upcoming";
  if (nowMs >= c.endsAt.getTime()) return "over";
  if (c.freezeAt && nowMs >= c.freezeAt.getTime()) return "frozen";
  return "running";
}

/** "2 d 3 h", "1 h 05 min", "4 min 09 s": a countdown that stays readable at any distance. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${two(m)} min`;
  return `${m} min ${two(sec)} s`;
}
