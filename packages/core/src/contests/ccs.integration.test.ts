import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createPrismaClient } from "@arbiter/db/client";
import { createSubmissionLifecycle } from "../lifecycle/submissionLifecycle";
import type { Actor } from "../permissions/can";
import { openJudgeQueue, type JudgeQueue } from "../queue";
import { createRedis } from "../redis";
import { requestRejudge } from "../rejudge/requestRejudge";
import { storeTestCaseFile } from "../testFiles/storeTestFiles";
import { createSubmission } from "../submissions/createSubmission";
import {
  addContestParticipant,
  answerClarification,
  ccs,
  ccsContestObject,
  ccsEndpoint,
  ccsEventsSince,
  createContest,
  getContestScoreboard,
  listCcsContests,
  openCcsContest,
  postClarification,
  thawContest,
} from "./index";

// Judgings are stamped with the real clock, so the contest is placed around it: it started
// 250 minutes ago, froze 10 minutes ago (for its last hour) and ends in 50 minutes.
const START = new Date(Math.floor((Date.now() - 250 * 60_000) / 60_000) * 60_000);
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
const run = randomUUID().slice(0, 8);
const slug = `ccs-${run}`;
const lifecycle = createSubmissionLifecycle({ db });
let queue: JudgeQueue;
const u: Record<"jury" | "ann" | "ben" | "outsider", Actor> = {} as never;
const problems = { a: "", b: "" };
const tests: Record<string, string[]> = {};
let frozenSubmission = "";

async function account(label: string, role: Actor["role"] = "student"): Promise<Actor> {
  return db.user.create({
    data: { email: `${label}-${run}@ccs.test`, name: `${label}-${run}`, role },
    select: { id: true, role: true },
  });
}

async function judge(id: string, problem: string, verdict: "AC" | "WA") {
  const report = await lifecycle.startJudging(id, { workerId: "ccs-test", reason: "submit" });
  for (const [i, testCaseId] of (tests[problem] ?? []).entries()) {
    const v = verdict === "WA" && i === 1 ? "WA" : "AC";
    await report.testRecorded({
      testCaseId,
      index: i + 1,
      verdict: v,
      timeMs: 10 + i,
      wallMs: 20,
      memoryKb: 1000,
      exitCode: 0,
      signal: null,
      fraction: null,
      score: null,
      output: null,
      sample: i === 0,
    });
  }
  await report.finish({ verdict, score: verdict === "AC" ? 100 : 0 });
}

async function submitAt(who: Actor, problem: string, minute: number, verdict: "AC" | "WA"): Promise<string> {
  const { id } = await createSubmission(
    db,
    queue,
    who,
    { problem, language: "python3", source: "print(1)", contest: slug },
    { now: at(minute) },
  );
  await judge(id, problem, verdict);
  return id;
}

/** Every endpoint of the contest as `who` reads it at `now`, each checked against its schema. */
async function readAll(who: Actor, now: Date) {
  const ctx = await openCcsContest(db, who, slug, { now });
  const check = <T extends z.ZodType>(schema: T, value: unknown, what: string) => {
    expect(schema.safeParse(value).error?.issues ?? [], what).toEqual([]);
    return value;
  };
  const collections: [string, z.ZodType][] = [
    ["judgement-types", ccs.ccsJudgementTypeSchema],
    ["languages", ccs.ccsLanguageSchema],
    ["problems", ccs.ccsProblemSchema],
    ["groups", ccs.ccsGroupSchema],
    ["organizations", ccs.ccsOrganizationSchema],
    ["teams", ccs.ccsTeamSchema],
    ["submissions", ccs.ccsSubmissionSchema],
    ["judgements", ccs.ccsJudgementSchema],
    ["clarifications", ccs.ccsClarificationSchema],
    ["awards", ccs.ccsAwardSchema],
    ...(ctx.viewer === "jury" ? ([["runs", ccs.ccsRunSchema]] as [string, z.ZodType][]) : []),
  ];
  const out: Record<string, unknown> = {
    contest: check(ccs.ccsContestSchema, ccsContestObject(ctx), "contest"),
    state: check(ccs.ccsStateSchema, await ccsEndpoint(ctx, "state", null), "state"),
    access: check(ccs.ccsAccessSchema, await ccsEndpoint(ctx, "access", null), "access"),
    scoreboard: check(ccs.ccsScoreboardSchema, await ccsEndpoint(ctx, "scoreboard", null), "scoreboard"),
  };
  for (const [name, schema] of collections) {
    const items = (await ccsEndpoint(ctx, name, null)) as { id: string }[];
    items.forEach((item, i) => check(schema, item, `${name}[${i}]`));
    out[name] = items;
    if (items[0]) await expect(ccsEndpoint(ctx, name, items[0].id)).resolves.toEqual(items[0]);
  }
  const feed = ccsEventsSince(ctx, null).map((e) => ({ type: e.type, id: e.id, data: e.data, token: e.key }));
  feed.forEach((line, i) => check(ccs.ccsEventSchema, line, `event-feed[${i}] ${line.type}`));
  return { ctx, out, feed, text: JSON.stringify({ out, feed }) };
}

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-ccs-${run}`);
  await db.runtime.upsert({
    where: { language: "python3" },
    create: { language: "python3", version: "test", imageTag: "test", imageDigest: "test" },
    update: {},
  });
  u.jury = await account("jury", "instructor");
  u.ann = await account("ann");
  u.ben = await account("ben");
  u.outsider = await account("outsider");
  for (const key of ["a", "b"] as const) {
    const p = await db.problem.create({
      data: { slug: `ccs${key}-${run}`, title: `Problem ${key}`, timeLimitMs: 1500, memoryLimitMb: 64 },
    });
    problems[key] = p.slug;
    tests[p.slug] = [];
    for (const index of [1, 2]) {
      const t = await db.testCase.create({
        data: {
          problemId: p.id,
          index,
          name: `t${index}`,
          isSample: index === 1,
          ...(await storeTestCaseFile(db, "", "")),
        },
      });
      tests[p.slug]?.push(t.id);
    }
  }
  await createContest(db, u.jury, {
    slug,
    title: "CCS Open",
    format: "icpc",
    startsAt: START.toISOString(),
    durationMinutes: 300,
    freezeMinutes: 60,
    problems: [
      { problem: problems.a, label: "A", color: "#ff0000" },
      { problem: problems.b, label: "B" },
    ],
  });
  await addContestParticipant(db, u.jury, slug, { email: `ann-${run}@ccs.test` });
  await addContestParticipant(db, u.jury, slug, { email: `ben-${run}@ccs.test`, team: "Bens" });
  await submitAt(u.ann, problems.a, 10, "WA");
  await submitAt(u.ann, problems.a, 30, "AC");
  frozenSubmission = await submitAt(u.ben, problems.b, 245, "AC");
  const { id } = await postClarification(db, u.ann, slug, { problem: "A", text: "Is 0 allowed?" });
  await answerClarification(db, u.jury, slug, id, { answer: "No." });
  await postClarification(db, u.jury, slug, { text: "B's statement is fixed." });
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await db.submission.deleteMany({ where: { contest: { slug } } });
  await db.contest.deleteMany({ where: { slug } });
  await db.problem.deleteMany({ where: { slug: { in: Object.values(problems) } } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@ccs.test` } } });
  await db.$disconnect();
  connection.disconnect();
});

describe("the CCS Contest API", () => {
  it("serves every endpoint to the jury in the spec's shape, with runs and the live board", async () => {
    const { out, feed } = await readAll(u.jury, new Date());
    expect(out.contest).toMatchObject({ id: slug, penalty_time: 20, scoreboard_type: "pass-fail" });
    const state = out.state as Record<string, unknown>;
    expect(typeof state.started).toBe("string");
    expect(typeof state.frozen).toBe("string");
    expect(state.ended).toBeNull();
    expect(out.problems).toMatchObject([
      { id: problems.a, label: "A", rgb: "#ff0000", time_limit: 1.5, test_data_count: 2 },
      { id: problems.b, label: "B" },
    ]);
    expect((out.judgements as unknown[]).length).toBe(3);
    expect((out.runs as { ordinal: number }[]).map((r) => r.ordinal)).toEqual([1, 2, 1, 2, 1, 2]);
    expect((out.clarifications as unknown[]).length).toBe(3);
    const rows = (out.scoreboard as { rows: { score: { num_solved: number } }[] }).rows;
    expect(rows.map((r) => r.score.num_solved)).toEqual([1, 1]);
    expect(feed[0]?.type).toBe("contest");
    expect(await listCcsContests(db, u.outsider)).toContainEqual(expect.objectContaining({ id: slug }));
  });

  it("shows the public nothing of a frozen submission's result, through any endpoint or the feed", async () => {
    const frozenJudgings = await db.judging.findMany({ where: { submissionId: frozenSubmission } });
    for (const who of [u.ben, u.ann, u.outsider]) {
      const { out, text } = await readAll(who, new Date());
      expect(out.runs).toBeUndefined();
      expect((out.submissions as { id: string }[]).map((s) => s.id)).toContain(frozenSubmission);
      for (const j of frozenJudgings) expect(text).not.toContain(j.id);
      const ben = (out.scoreboard as { rows: { team_id: string; problems: unknown[] }[] }).rows.find(
        (r) => r.problems.length === 2 && JSON.stringify(r).includes('"num_pending":1'),
      );
      expect(ben?.problems[1]).toMatchObject({ num_pending: 1, solved: false });
      // Public clarifications only: the announcement, not Ann's private question or its answer.
      expect((out.clarifications as { text: string }[]).map((c) => c.text)).toEqual(["B's statement is fixed."]);
      await expect(ccsEndpoint((await readAll(who, new Date())).ctx, "runs", null)).rejects.toMatchObject({
        code: "not_found",
      });
    }
  });

  it("reveals nothing when the jury rejudges during the freeze (board and CCS), everything after the thaw", async () => {
    await queue.drain(); // no worker here: forget the submit jobs, so the rejudge is not coalesced with them
    expect(await requestRejudge(db, queue, frozenSubmission)).toBe("queued");
    // (Its status may stay "done": the first judging started within requestRejudge's clock slack.)
    await judge(frozenSubmission, problems.b, "WA");
    const judgings = await db.judging.findMany({ where: { submissionId: frozenSubmission } });
    expect(judgings).toHaveLength(2);
    const { text } = await readAll(u.outsider, new Date());
    for (const j of judgings) expect(text).not.toContain(j.id);
    const board = await getContestScoreboard(db, u.outsider, slug);
    expect(board.frozen).toBe(true);
    expect(JSON.stringify(board.rows)).not.toContain('"numSolved":1,"totalTime":245');
    const bens = board.rows.find((r) => r.participant.name === "Bens");
    expect(bens?.problems[1]).toMatchObject({ numPending: 1, numJudged: 0, solved: false });

    await thawContest(db, u.jury, slug, at(310));
    const after = await readAll(u.outsider, at(320));
    const revealed = (
      after.out.judgements as { submission_id: string; current: boolean; judgement_type_id: string }[]
    ).filter((j) => j.submission_id === frozenSubmission);
    expect(revealed.map((j) => [j.judgement_type_id, j.current])).toEqual([
      ["AC", false],
      ["WA", true],
    ]);
    const finalState = after.out.state as Record<string, unknown>;
    expect(typeof finalState.thawed).toBe("string");
    expect(typeof finalState.finalized).toBe("string");
    // Revealed at the thaw: a client that had read the feed up to then gets them after its token.
    const beforeThaw = await openCcsContest(db, u.outsider, slug, { now: at(309) });
    const lastToken = ccsEventsSince(beforeThaw, null).at(-1)?.key ?? null;
    const resumed = ccsEventsSince(after.ctx, lastToken);
    expect(resumed.filter((e) => e.type === "judgements" && e.data.submission_id === frozenSubmission)).not.toEqual([]);
  });
});
