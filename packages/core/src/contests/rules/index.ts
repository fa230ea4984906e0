import { icpcRule } from "./icpc";
import { ioiRule } from "./ioi";
import type { ContestRule } from "./types";

/**
 * Every contest format, by its stored name. Adding one is a file implementing
 * `ContestRule` and a line here; `ContestFormat` follows.
 */
export const CONTEST_RULES = {
  icpc: icpcRule,
  ioi: ioiRule,
} as const satisfies Record<string, ContestRule>;

export type ContestFormat = keyof typeof CONTEST_RULES;

/** The format names, for a zod enum: `z.enum(CONTEST_FORMATS)`. */
export const CONTEST_FORMATS = Object.keys(CONTEST_RULES) as [ContestFormat, ...ContestFormat[]];

export { DEFAULT_PENALTY_MINUTES, contestMinute, icpcRule } from "./icpc";
export { ioiRule } from "./ioi";
export { rankRows, rankAgainst } from "./rankRows";
export type { ContestRule, IoiScoreMode, RuleSettings } from "./types";
