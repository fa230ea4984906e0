import "server-only";
import {
  contestChannel,
  loadContestJournal,
  type BoardMemo,
  type ContestJournal,
  type Scoreboard,
} from "@arbiter/core/contests";
import type { Contest } from "@arbiter/db";
import { Redis } from "ioredis";
import { getDb } from "./context";
import { getEnv } from "./env";

/**
 * How long a cached journal may serve without news, in ms. News (a judging finished)
 * invalidates it at once; this bounds what a lost pub/sub message can cost, and how stale
 * a board can be in a process that has no live board open (and so hears no news).
 */
const JOURNAL_TTL_MS = 2_000;

type Listener = () => void;

interface Entry {
  journal: Promise<ContestJournal>;
  loadedAt: number;
}

// Kept on globalThis so dev-mode hot reloads reuse the connection instead of leaking it.
const hub = globalThis as unknown as {
  arbiterBoardSubscriber?: Redis;
  arbiterBoardListeners?: Map<string, Set<Listener>>;
  arbiterBoardJournals?: Map<string, Entry>;
};

function listeners(): Map<string, Set<Listener>> {
  return (hub.arbiterBoardListeners ??= new Map<string, Set<Listener>>());
}

function journals(): Map<string, Entry> {
  return (hub.arbiterBoardJournals ??= new Map<string, Entry>());
}

/** One subscriber connection per process, shared by every open board (fan-out in memory). */
function subscriber(): Redis {
  if (hub.arbiterBoardSubscriber) return hub.arbiterBoardSubscriber;
  const redis = new Redis(getEnv().REDIS_URL, {
    maxRetriesPerRequest: 1,
    retryStrategy: (n) => Math.min(n * 200, 2000),
  });
  redis.on("error", () => undefined);
  redis.on("message", (channel: string) => {
    const contestId = channel.slice(channel.lastIndexOf(":") + 1);
    journals().delete(contestId);
    for (const listener of listeners().get(contestId) ?? []) listener();
  });
  hub.arbiterBoardSubscriber = redis;
  return redis;
}

/**
 * The contest's journal, read from PostgreSQL at most once per change (and per
 * JOURNAL_TTL_MS) in this process, however many boards ask for it.
 */
export function cachedJournal(contest: Contest): Promise<ContestJournal> {
  const cached = journals().get(contest.id);
  if (cached && Date.now() - cached.loadedAt < JOURNAL_TTL_MS) return cached.journal;
  const journal = loadContestJournal(getDb(), contest);
  journals().set(contest.id, { journal, loadedAt: Date.now() });
  // A failed read must not be served again.
  journal.catch(() => journals().delete(contest.id));
  return journal;
}

/** Calls `listener` whenever the contest's board may have changed; returns the unsubscribe. */
export async function watchBoard(contestId: string, listener: Listener): Promise<() => void> {
  const set = listeners().get(contestId) ?? new Set<Listener>();
  listeners().set(contestId, set);
  set.add(listener);
  if (set.size === 1) await subscriber().subscribe(contestChannel(contestId));
  return () => {
    set.delete(listener);
    if (set.size === 0) {
      listeners().delete(contestId);
      void subscriber()
        .unsubscribe(contestChannel(contestId))
        .catch(() => undefined);
    }
  };
}

// Boards computed from a cached journal, per view: dropped with the journal they came from.
const boards = new WeakMap<ContestJournal, Map<string, Scoreboard>>();

/**
 * One computed board per journal and view in this process: every public board open at a
 * change (hundreds of streams, or a burst of GETs) shares one computation.
 */
export const memoBoard: BoardMemo = (journal, key, compute) => {
  const forJournal = boards.get(journal) ?? new Map<string, Scoreboard>();
  boards.set(journal, forJournal);
  const known = forJournal.get(key);
  if (known) return known;
  const board = compute();
  forJournal.set(key, board);
  return board;
};
