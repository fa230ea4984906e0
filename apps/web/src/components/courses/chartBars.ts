/** Bar colours by meaning; the chart picks the shade for light or dark mode. */
export const BAR_TONES = {
  accent: { light: "#6366f1", dark: "#818cf8" },
  good: { light: "#10b981", dark: "#34d399" },
  bad: { light: "#ef4444", dark: "#f87171" },
  muted: { light: "#a1a1aa", dark: "#71717a" },
} as const;
export type BarTone = keyof typeof BAR_TONES;

/** One bar: plain data, so a server page can hand it to the client chart. */
export interface ChartBar {
  label: string;
  value: number;
  /** `accent` when absent. */
  tone?: BarTone;
}
