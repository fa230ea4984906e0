import { CONTEST_FORMATS } from "../rules/index";

/** A contest's settings as far as the rules are concerned; times in epoch ms, lengths in ms. */
export interface ContestConfig {
  format: string;
  startMs: number;
  /** Start to official end; with personal windows, the period in which one may start. */
  durationMs: number;
  /** Length of the freeze before the end, or null for none. */
  freezeDurationMs: number | null;
  /** A scheduled thaw, or null to thaw by hand. */
  thawAtMs: number | null;
  penaltyMinutes: number;
  /** Personal window length (at most the period), or null when everyone shares the official window. */
  personalDurationMs: number | null;
  problems: readonly { label: string; id: string }[];
}

/**
 * What is wrong with a contest's settings, by code (callers branch on `code`, never on
 * text), with the offending label or id where there is one. Empty when valid.
 */
export type ContestConfigIssue =
  | { code: "UNKNOWN_FORMAT" }
  | { code: "DURATION_NOT_POSITIVE" }
  | { code: "FREEZE_NEGATIVE" }
  | { code: "FREEZE_LONGER_THAN_CONTEST" }
  | { code: "THAW_BEFORE_END" }
  | { code: "PENALTY_INVALID" }
  | { code: "PERSONAL_DURATION_INVALID" }
  | { code: "LABEL_INVALID"; label: string }
  | { code: "LABEL_DUPLICATE"; label: string }
  | { code: "PROBLEM_DUPLICATE"; id: string };

/**
 * CCS labels are meant for people ("problem A") and are short: at most 10 characters
 * (Contest_API §JSON property types, labels). Letters, digits, `_` and `-` keep them
 * safe in URLs, CSV headers and award ids.
 */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9_-]{0,9}$/;

/** Checks the settings the rules depend on (the issue's "bad input" list); pure, no clock. */
export function contestConfigIssues(config: ContestConfig): ContestConfigIssue[] {
  const issues: ContestConfigIssue[] = [];
  if (!(CONTEST_FORMATS as readonly string[]).includes(config.format)) issues.push({ code: "UNKNOWN_FORMAT" });
  if (!(config.durationMs > 0)) issues.push({ code: "DURATION_NOT_POSITIVE" });
  const freeze = config.freezeDurationMs;
  if (freeze !== null && freeze < 0) issues.push({ code: "FREEZE_NEGATIVE" });
  // A freeze as long as the contest is allowed: it is how DOMjudge hides a board throughout.
  if (freeze !== null && freeze > config.durationMs) issues.push({ code: "FREEZE_LONGER_THAN_CONTEST" });
  if (config.thawAtMs !== null && config.thawAtMs < config.startMs + config.durationMs) {
    issues.push({ code: "THAW_BEFORE_END" });
  }
  if (!Number.isInteger(config.penaltyMinutes) || config.penaltyMinutes < 0) issues.push({ code: "PENALTY_INVALID" });
  const personal = config.personalDurationMs;
  if (personal !== null && !(personal > 0 && personal <= config.durationMs)) {
    issues.push({ code: "PERSONAL_DURATION_INVALID" });
  }
  const labels = new Set<string>();
  const ids = new Set<string>();
  for (const { label, id } of config.problems) {
    if (!LABEL.test(label)) issues.push({ code: "LABEL_INVALID", label });
    if (labels.has(label)) issues.push({ code: "LABEL_DUPLICATE", label });
    if (ids.has(id)) issues.push({ code: "PROBLEM_DUPLICATE", id });
    labels.add(label);
    ids.add(id);
  }
  return issues;
}
