/** "1.5 KiB", "64 KiB", "2.3 MiB" from a byte count. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kib = bytes / 1024;
  if (kib < 1024) return `${kib < 10 ? kib.toFixed(1) : Math.round(kib)} KiB`;
  const mib = kib / 1024;
  return `${mib < 10 ? mib.toFixed(1) : Math.round(mib)} MiB`;
}

/** "2.5 s" or "800 ms" from milliseconds. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(2))} s` : `${ms} ms`;
}

/** A stable, locale-independent timestamp (server and browser render the same text). */
export function formatDateTime(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

/** Score in [0, 1] or points, shown as-is with at most two decimals. */
export function formatScore(score: number | null): string {
  if (score === null) return "—";
  return String(Number(score.toFixed(2)));
}
