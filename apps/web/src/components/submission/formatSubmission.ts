import type { ScoreScale } from "@arbiter/core";

/** Trims a number to at most two decimals without trailing zeros ("87.5", "100", "33.33"). */
function short(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A score as people read it: "87.5%" on a percentage scale (homework, icpc), "35 / 100 pts"
 * on a points scale (ioi). "—" while there is no score yet.
 */
export function formatScore(score: number | null, scale: ScoreScale): string {
  if (score === null) return "—";
  return scale.unit === "percent" ? `${short(score)}%` : `${short(score)} / ${short(scale.max)} pts`;
}

/** The same score in a compact form for tables ("87.5%", "35 pts"). */
export function formatScoreShort(score: number | null, scale: ScoreScale): string {
  if (score === null) return "—";
  return scale.unit === "percent" ? `${short(score)}%` : `${short(score)} pts`;
}

/** "12 ms", "1.25 s" from milliseconds. */
export function formatTime(ms: number): string {
  return ms >= 1000 ? `${short(ms / 1000)} s` : `${ms} ms`;
}

/** "9.1 MiB", "812 KiB" from KiB. */
export function formatMemoryKb(kb: number): string {
  if (kb < 1024) return `${kb} KiB`;
  const mib = kb / 1024;
  return `${mib < 10 ? mib.toFixed(1) : Math.round(mib)} MiB`;
}

// CSI sequences (colors, cursor moves) and OSC sequences (hyperlinks, titles) that
// compilers emit when they think they write to a terminal.
// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** The judge's marker at the end of compiler output it had to cut (compileInSandbox.truncateForDisplay). */
const TRUNCATION_MARKER = "\n… (compiler output truncated)";

/** Compiler output for display: escape sequences removed, and whether the judge cut it. */
export function cleanCompilerOutput(text: string): { text: string; truncated: boolean } {
  const plain = text.replace(ANSI_PATTERN, "").replace(/\r\n?/g, "\n");
  const truncated = plain.includes(TRUNCATION_MARKER);
  return { text: plain.replace(TRUNCATION_MARKER, "").trimEnd(), truncated };
}

/** A piece of compiler output: plain text, or a reference to a line of the submitted file. */
export type OutputPart = { text: string; line?: number };

/**
 * Splits compiler output around references to the source file's lines — `main.cpp:5:3`
 * (gcc, clang, rustc, go, javac) or `"main.py", line 5` (Python) — so they can link to
 * the numbered source below.
 */
export function linkLineReferences(text: string, sourceFile: string): OutputPart[] {
  const file = sourceFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`${file}:(\\d+)(?::\\d+)?|"${file}", line (\\d+)`, "g");
  const parts: OutputPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], line: Number(match[1] ?? match[2]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
