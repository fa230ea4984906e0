import type { Contest } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../../errors";
import type { Actor } from "../../../permissions/can";
import { computeAwards } from "../../awards/computeAwards";
import { buildCcsEvents, ccsStateAt, type CcsFeedEvent } from "../../ccs/buildCcsEvents";
import { ccsAccess, ccsFeedSince, ccsObjects } from "../../ccs/ccsObjects";
import type { CcsEventType } from "../../ccs/eventFeed";
import type { CcsSnapshot, CcsViewer } from "../../ccs/snapshot";
import { toCcsScoreboard, type CcsScoreboard } from "../../ccs/toCcsScoreboard";
import { boardVisibility } from "../../freeze/boardVisibility";
import { visibleJournal } from "../../freeze/visibleJournal";
import type { ContestJournal } from "../../journal";
import { CONTEST_RULES } from "../../rules/index";
import { loadContestJournal } from "../loadContestJournal";
import { requireContest } from "../requireContest";
import { ccsSnapshotContest, loadCcsSnapshot } from "./loadCcsSnapshot";

/** The CCS release our objects follow (integer `penalty_time`, runs with `contest_time`). */
export const CCS_API_VERSION = "2023-06";

/** `GET /api/ccs/`. */
export function ccsApiInfo() {
  return {
    version: CCS_API_VERSION,
    version_url: `https://ccs-specs.icpc.io/${CCS_API_VERSION}/contest_api`,
    provider: { name: "Arbiter" },
  };
}

/** Collections served under `contests/<id>/`, in the order `access` lists them. */
const COLLECTIONS = [
  "judgement-types",
  "languages",
  "problems",
  "groups",
  "organizations",
  "teams",
  "submissions",
  "judgements",
  "runs",
  "clarifications",
] as const satisfies readonly CcsEventType[];
type CcsCollection = (typeof COLLECTIONS)[number];

function isCollection(name: string): name is CcsCollection {
  return (COLLECTIONS as readonly string[]).includes(name);
}

/** One contest opened for one caller at one instant: everything its endpoints answer from. */
export interface CcsContext {
  contest: Contest;
  viewer: CcsViewer;
  nowMs: number;
  snapshot: CcsSnapshot;
  events: CcsFeedEvent[];
  loadJournal: (contest: Contest) => Promise<ContestJournal>;
}

export interface OpenCcsOptions {
  now?: Date;
  /** Where the board's journal comes from (the web's per-process cache); default PostgreSQL. */
  loadJournal?: (contest: Contest) => Promise<ContestJournal>;
}

/**
 * The contest `id` (its slug) for `actor`: its jury and admins read it as the jury, anyone
 * who may see the contest reads what the public may (CCS access rules during a freeze).
 */
export async function openCcsContest(
  db: PrismaClient,
  actor: Actor,
  id: string,
  options: OpenCcsOptions = {},
): Promise<CcsContext> {
  const { contest, isJury } = await requireContest(db, actor, id, "contest.view");
  const viewer: CcsViewer = isJury ? "jury" : "public";
  const snapshot = await loadCcsSnapshot(db, contest);
  return {
    contest,
    viewer,
    nowMs: (options.now ?? new Date()).getTime(),
    snapshot,
    events: buildCcsEvents(snapshot, viewer),
    loadJournal: options.loadJournal ?? ((c) => loadContestJournal(db, c)),
  };
}

/** `GET /api/ccs/contests`: every contest the caller may see. */
export async function listCcsContests(db: PrismaClient, actor: Actor, now = new Date()): Promise<unknown[]> {
  const all = await db.contest.findMany({ select: { slug: true }, orderBy: { startsAt: "asc" } });
  const out: unknown[] = [];
  for (const { slug } of all) {
    const access = await requireContest(db, actor, slug, "contest.view").catch(() => null);
    if (!access) continue;
    const snapshot = {
      contest: ccsSnapshotContest(access.contest),
      problems: [],
      teams: [],
      submissions: [],
      judgings: [],
      clarifications: [],
    };
    out.push(ccsObjects(buildCcsEvents(snapshot, "public"), "contest", now.getTime())[0]);
  }
  return out;
}

/** `GET /api/ccs/contests/<id>`. */
export function ccsContestObject(ctx: CcsContext): unknown {
  return ccsObjects(ctx.events, "contest", ctx.nowMs)[0];
}

/**
 * `GET contests/<id>/<endpoint>[/<item>]`: a collection (filtered on its `*_id` and `id`
 * properties by the query), one object of it, or a singleton (`state`, `access`,
 * `scoreboard`, `awards`). Unknown endpoints and ids are 404, as the spec asks.
 */
export async function ccsEndpoint(
  ctx: CcsContext,
  endpoint: string,
  item: string | null,
  query: URLSearchParams = new URLSearchParams(),
): Promise<unknown> {
  if (item === null) {
    if (endpoint === "state") return ccsStateAt(ctx.snapshot, ctx.nowMs);
    if (endpoint === "access") return ccsAccess(ctx.events, accessibleEndpoints(ctx.viewer));
    if (endpoint === "scoreboard") return ccsScoreboard(ctx);
  }
  if (endpoint === "awards") {
    const awards = await ccsAwards(ctx);
    return item === null ? awards : (awards.find((a) => a.id === item) ?? notFound());
  }
  if (!isCollection(endpoint) || (endpoint === "runs" && ctx.viewer !== "jury")) return notFound();
  const objects = ccsObjects(ctx.events, endpoint, ctx.nowMs);
  if (item !== null) return objects.find((o) => o.id === item) ?? notFound();
  const filters = [...query.entries()].filter(([key]) => key === "id" || key.endsWith("_id"));
  return objects.filter((o) => filters.every(([key, value]) => String(o[key]) === value));
}

/** The event feed's lines a client may be sent now, after `sinceToken` (or all). */
export function ccsEventsSince(ctx: CcsContext, sinceToken: string | null): CcsFeedEvent[] {
  return ccsFeedSince(ctx.events, ctx.nowMs, sinceToken);
}

function accessibleEndpoints(viewer: CcsViewer): (CcsEventType | "scoreboard")[] {
  const base: (CcsEventType | "scoreboard")[] = ["contest", "state", ...COLLECTIONS, "awards", "scoreboard"];
  return viewer === "jury" ? base : base.filter((t) => t !== "runs");
}

/** The board this viewer may see now: live for the jury, frozen (or hidden) for the public. */
async function visibleBoard(ctx: CcsContext) {
  const times = ctx.snapshot.contest.times;
  const visibility = boardVisibility(times, ctx.nowMs, { kind: ctx.viewer === "jury" ? "jury" : "public" });
  const journal = await ctx.loadJournal(ctx.contest);
  const rule = CONTEST_RULES[ctx.contest.format];
  const board = rule.scoreboard(visibleJournal(journal, times, visibility), {
    penaltyMinutes: ctx.contest.penaltyMinutes,
  });
  // Before the start the problems are secret; while the board is hidden so is every row.
  const secret = ctx.viewer !== "jury" && (ctx.nowMs < times.startMs || visibility.mode === "hidden");
  return secret ? { ...board, rows: [], virtualRows: [] } : board;
}

async function ccsScoreboard(ctx: CcsContext): Promise<CcsScoreboard> {
  const board = await visibleBoard(ctx);
  return toCcsScoreboard(board, {
    nowMs: ctx.nowMs,
    contestTimeMs: ctx.nowMs - ctx.snapshot.contest.times.startMs,
    state: ccsStateAt(ctx.snapshot, ctx.nowMs),
    version: CCS_API_VERSION,
  });
}

async function ccsAwards(ctx: CcsContext) {
  return computeAwards(await visibleBoard(ctx));
}

function notFound(): never {
  throw new AppError("not_found", "No such object in this contest.");
}
