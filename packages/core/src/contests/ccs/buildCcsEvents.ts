import { LANGUAGES } from "@arbiter/shared";
import { verdictRevealAtMs } from "../freeze/verdictRevealAt";
import type { CcsEventType } from "./eventFeed";
import { CCS_JUDGEMENT_TYPES, ccsJudgementTypeId } from "./judgementTypes";
import type { CcsSnapshot, CcsSnapshotJudging, CcsViewer } from "./snapshot";
import { formatRelTime, formatTime } from "./time";

/** The one group every team is in: the CCS wants groups for `group_ids`, and we have no divisions. */
export const CCS_PARTICIPANTS_GROUP = "participants";

/**
 * One notification of the feed, with when it happened for this viewer (`atMs`) and its
 * place in the feed (`key`, also its token). The key sorts by instant, then by type in the
 * order the spec wants objects to exist before they are referred to, then by phase and id,
 * so it does not depend on which other events exist: a `since_token` stays exact.
 */
export interface CcsFeedEvent {
  key: string;
  atMs: number;
  type: CcsEventType;
  id: string | null;
  data: Record<string, unknown>;
}

const TYPE_ORDER: CcsEventType[] = [
  "contest",
  "judgement-types",
  "languages",
  "groups",
  "organizations",
  "problems",
  "teams",
  "state",
  "submissions",
  "judgements",
  "runs",
  "clarifications",
  "awards",
];

function eventKey(atMs: number, type: CcsEventType, phase: number, id: string | null): string {
  const rank = String(TYPE_ORDER.indexOf(type)).padStart(2, "0");
  return `${Math.max(0, Math.round(atMs)).toString(36).padStart(9, "0")}.${rank}.${phase}.${id ?? ""}`;
}

/**
 * Every event of the contest's feed for `viewer`, whenever it happens (past or future,
 * sorted by key): take those with `atMs <= now`. For the public, judgements of submissions
 * hidden by the freeze (or a board hidden until the end) happen at the reveal instant, never
 * before, and runs are not published at all (per-test verdicts of hidden tests are hidden
 * data); clarifications are only those sent to everyone.
 */
export function buildCcsEvents(snapshot: CcsSnapshot, viewer: CcsViewer): CcsFeedEvent[] {
  const { contest } = snapshot;
  const times = contest.times;
  const events: CcsFeedEvent[] = [];
  const push = (atMs: number, type: CcsEventType, phase: number, id: string | null, data: Record<string, unknown>) =>
    events.push({ key: eventKey(atMs, type, phase, id), atMs, type, id, data });
  const rel = (ms: number) => formatRelTime(ms - times.startMs);
  const created = contest.createdAtMs;

  push(created, "contest", 0, null, contestObject(snapshot, contest.thawAtMs));
  if (contest.thawedAtMs !== null)
    push(contest.thawedAtMs, "contest", 1, null, contestObject(snapshot, times.thawAtMs));
  for (const t of Object.values(CCS_JUDGEMENT_TYPES)) push(created, "judgement-types", 0, t.id, { ...t });
  for (const language of Object.values(LANGUAGES)) {
    push(created, "languages", 0, language.id, {
      id: language.id,
      name: language.name,
      entry_point_required: false,
      extensions: language.extensions.map((e) => e.replace(/^\./, "")),
    });
  }
  push(created, "groups", 0, CCS_PARTICIPANTS_GROUP, { id: CCS_PARTICIPANTS_GROUP, name: "Participants" });

  // Problems stay secret until the start for everyone but the jury.
  const problemsAt = viewer === "jury" ? created : Math.max(created, times.startMs);
  for (const p of snapshot.problems) {
    push(problemsAt, "problems", 0, p.id, {
      id: p.id,
      label: p.label,
      name: p.name,
      ordinal: p.ordinal,
      ...(p.rgb ? { rgb: p.rgb } : {}),
      time_limit: p.timeLimitMs / 1000,
      test_data_count: p.testDataCount,
      ...(contest.format === "ioi" ? { max_score: p.maxScore } : {}),
    });
  }
  for (const team of snapshot.teams) {
    push(Math.max(created, team.createdAtMs), "teams", 0, team.id, {
      id: team.id,
      name: team.name,
      label: team.label,
      display_name: team.name,
      group_ids: [CCS_PARTICIPANTS_GROUP],
    });
  }
  for (const at of stateInstants(snapshot)) push(at, "state", 0, null, { ...ccsStateAt(snapshot, at) });

  const hiddenBoard = viewer === "public" && times.hideBoardUntilEnd;
  const revealOf = new Map<string, number | null>();
  for (const s of snapshot.submissions) {
    const at = hiddenBoard ? Math.max(s.createdAtMs, times.endMs) : s.createdAtMs;
    revealOf.set(s.id, viewer === "jury" ? Number.NEGATIVE_INFINITY : verdictRevealAtMs(s.createdAtMs, times));
    push(at, "submissions", 0, s.id, {
      id: s.id,
      language_id: s.languageId,
      problem_id: s.problemId,
      team_id: s.teamId,
      time: formatTime(s.createdAtMs),
      contest_time: rel(s.createdAtMs),
      files: [],
    });
  }

  const bySubmission = new Map<string, CcsSnapshotJudging[]>();
  for (const j of snapshot.judgings) bySubmission.set(j.submissionId, [...(bySubmission.get(j.submissionId) ?? []), j]);
  for (const [submissionId, judgings] of bySubmission) {
    const reveal = revealOf.get(submissionId);
    if (reveal === undefined || reveal === null) continue;
    const when = (ms: number) => Math.max(ms, reveal);
    judgings.forEach((j, i) => {
      const started = { id: j.id, submission_id: submissionId, start_time: formatTime(j.startedAtMs) };
      const startedData = { ...started, start_contest_time: rel(j.startedAtMs), current: true };
      push(when(j.startedAtMs), "judgements", 0, j.id, { ...startedData, judgement_type_id: null, end_time: null });
      if (j.finishedAtMs === null || j.verdict === null) return;
      const maxRunMs = j.runs.reduce((m, r) => Math.max(m, r.timeMs), 0);
      const finished = {
        ...startedData,
        judgement_type_id: ccsJudgementTypeId(j.verdict),
        end_time: formatTime(j.finishedAtMs),
        end_contest_time: rel(j.finishedAtMs),
        max_run_time: maxRunMs / 1000,
        ...(contest.format === "ioi" ? { score: j.score ?? 0 } : {}),
      };
      push(when(j.finishedAtMs), "judgements", 1, j.id, finished);
      const next = judgings[i + 1];
      if (next) push(when(next.startedAtMs), "judgements", 2, j.id, { ...finished, current: false });
      if (viewer !== "jury") return;
      for (const run of j.runs) {
        const id = `${j.id}-${run.ordinal}`;
        push(j.finishedAtMs, "runs", 1, id, {
          id,
          judgement_id: j.id,
          ordinal: run.ordinal,
          judgement_type_id: ccsJudgementTypeId(run.verdict),
          time: formatTime(j.finishedAtMs),
          contest_time: rel(j.finishedAtMs),
          run_time: run.timeMs / 1000,
        });
      }
    });
  }

  for (const c of snapshot.clarifications) {
    const base = { ...(c.problemId ? { problem_id: c.problemId } : {}) };
    if (c.fromTeamId === null) {
      push(c.createdAtMs, "clarifications", 0, c.id, {
        id: c.id,
        ...base,
        text: c.text,
        time: formatTime(c.createdAtMs),
        contest_time: rel(c.createdAtMs),
      });
      continue;
    }
    if (viewer === "jury") {
      push(c.createdAtMs, "clarifications", 0, c.id, {
        id: c.id,
        from_team_id: c.fromTeamId,
        ...base,
        text: c.text,
        time: formatTime(c.createdAtMs),
        contest_time: rel(c.createdAtMs),
      });
    }
    if (c.answer === null || c.answeredAtMs === null || (viewer !== "jury" && !c.toAll)) continue;
    const id = `${c.id}-reply`;
    push(c.answeredAtMs, "clarifications", 1, id, {
      id,
      // The public never sees the question, so a reply to it would point nowhere.
      ...(viewer === "jury" ? { reply_to_id: c.id } : {}),
      ...(c.toAll ? {} : { to_team_ids: [c.fromTeamId] }),
      ...base,
      text: c.answer,
      time: formatTime(c.answeredAtMs),
      contest_time: rel(c.answeredAtMs),
    });
  }
  return events.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function contestObject(snapshot: CcsSnapshot, thawAtMs: number | null): Record<string, unknown> {
  const { contest } = snapshot;
  const { times } = contest;
  return {
    id: contest.id,
    name: contest.name,
    formal_name: contest.name,
    start_time: formatTime(times.startMs),
    duration: formatRelTime(times.endMs - times.startMs),
    ...(times.freezeAtMs !== null ? { scoreboard_freeze_duration: formatRelTime(times.endMs - times.freezeAtMs) } : {}),
    ...(thawAtMs !== null ? { scoreboard_thaw_time: formatTime(thawAtMs) } : {}),
    scoreboard_type: contest.format === "icpc" ? "pass-fail" : "score",
    penalty_time: contest.penaltyMinutes,
  };
}

/** The instants at which the contest's state changes (the creation, start, freeze, end, thaw). */
function stateInstants(snapshot: CcsSnapshot): number[] {
  const { times } = snapshot.contest;
  const at = new Set<number>([snapshot.contest.createdAtMs, times.startMs, times.endMs]);
  if (times.freezeAtMs !== null && times.freezeAtMs < times.endMs) at.add(times.freezeAtMs);
  const thawed = thawedAtMs(snapshot);
  if (thawed !== null) at.add(thawed);
  return [...at].filter((t) => t >= snapshot.contest.createdAtMs).sort((a, b) => a - b);
}

/**
 * When the state says `thawed`: the thaw, but never before the end (the spec orders ended <
 * thawed). Null for a contest that never freezes or is not thawed.
 */
function thawedAtMs(snapshot: Pick<CcsSnapshot, "contest">): number | null {
  const { times } = snapshot.contest;
  if (times.freezeAtMs === null || times.freezeAtMs >= times.endMs || times.thawAtMs === null) return null;
  return Math.max(times.thawAtMs, times.endMs);
}

/** The CCS `state` object (every instant as a TIME, null until reached). */
export interface CcsState {
  started: string | null;
  frozen: string | null;
  ended: string | null;
  thawed: string | null;
  finalized: string | null;
  end_of_updates: null;
}

/**
 * The CCS `state` object at instant `atMs`. Results are final (`finalized`) once the contest
 * ended and, if it froze, thawed. `end_of_updates` stays null: a jury may still rejudge.
 */
export function ccsStateAt(snapshot: Pick<CcsSnapshot, "contest">, atMs: number): CcsState {
  const { times } = snapshot.contest;
  const reached = (t: number | null) => (t !== null && atMs >= t ? formatTime(t) : null);
  const frozenAt = times.freezeAtMs !== null && times.freezeAtMs < times.endMs ? times.freezeAtMs : null;
  const thawed = thawedAtMs(snapshot);
  const ended = reached(times.endMs);
  const finalizedAt = frozenAt === null ? times.endMs : thawed;
  return {
    started: reached(times.startMs),
    frozen: reached(frozenAt),
    ended,
    thawed: reached(thawed),
    finalized: reached(finalizedAt),
    end_of_updates: null,
  };
}
