import type { CcsFeedEvent } from "./buildCcsEvents";
import type { CcsEventType } from "./eventFeed";

/**
 * The objects of one type as the feed up to `nowMs` leaves them (the newest event per id
 * wins), in the order they first appeared. Every endpoint reads this fold of the feed, so
 * an endpoint can never show what the event feed would not (or disagree with it).
 */
export function ccsObjects(
  events: readonly CcsFeedEvent[],
  type: CcsEventType,
  nowMs: number,
): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const e of events) {
    if (e.type !== type || e.atMs > nowMs) continue;
    byId.set(e.id ?? "", e.data);
  }
  return [...byId.values()];
}

/** The events a client may be sent at `nowMs`, after `sinceToken` when given (exclusive). */
export function ccsFeedSince(
  events: readonly CcsFeedEvent[],
  nowMs: number,
  sinceToken: string | null,
): CcsFeedEvent[] {
  return events.filter((e) => e.atMs <= nowMs && (sinceToken === null || e.key > sinceToken));
}

/** What an endpoint serves when the feed has no object of its type yet (at least one property). */
const BASE_PROPERTIES: Partial<Record<CcsEventType | "scoreboard", string[]>> = {
  organizations: ["id", "name"],
  submissions: ["id", "language_id", "problem_id", "team_id", "time", "contest_time", "files"],
  judgements: ["id", "submission_id", "judgement_type_id", "start_time", "end_time"],
  runs: ["id", "judgement_id", "ordinal", "judgement_type_id", "time", "run_time"],
  clarifications: ["id", "text", "time", "contest_time"],
  awards: ["id", "citation", "team_ids"],
  scoreboard: ["time", "contest_time", "state", "rows"],
};

/** `access`: the endpoints this viewer may read and the properties the feed gives them. */
export function ccsAccess(events: readonly CcsFeedEvent[], types: readonly (CcsEventType | "scoreboard")[]) {
  const properties = new Map<string, Set<string>>(types.map((t) => [t, new Set(BASE_PROPERTIES[t] ?? [])]));
  for (const e of events) for (const key of Object.keys(e.data)) properties.get(e.type)?.add(key);
  return {
    capabilities: [] as string[],
    endpoints: types.map((type) => ({ type, properties: [...(properties.get(type) ?? [])] })),
  };
}
