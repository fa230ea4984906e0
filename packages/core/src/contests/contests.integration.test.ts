import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { createSubmissionLifecycle } from "../lifecycle/submissionLifecycle";
import type { Actor } from "../permissions/can";
import { openJudgeQueue, type JudgeQueue } from "../queue";
import { createRedis } from "../redis";
import { createSubmission } from "../submissions/createSubmission";
import { getSubmissionView } from "../submissions/getSubmissionView";
import {
  addContestParticipant,
  answerClarification,
  createContest,
  getContestScoreboard,
  listClarifications,
  postClarification,
  registerForContest,
  getContestOverview,
  getContestProblem,
  getContestReveal,
  listContestSubmissions,
  rejudgeContestProblem,
  startContestClock,
  thawContest,
} from "./index";

// The contest runs 10:00–15:00 UTC; the board freezes at 14:00. The clock is each call's `now`.
const START = new Date("2026-04-01T10:00:00Z");
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
const run = randomUUID().slice(0, 8);
const slug = `icpc-${run}`;
const lifecycle = createSubmissionLifecycle({ db });
let queue: JudgeQueue;
const u: Record<"jury" | "ann" | "ben" | "cat" | "outsider", Actor> = {} as never;
const problems = { a: "", b: "" };
let code = "";

async function account(label: string, role: Actor["role"] = "student"): Promise<Actor> {
  return db.user.create({
    data: { email: `${label}-${run}@contests.test`, name: `${label}-${run}`, role },
    select: { id: true, role: true },
  });
}

async function submitAt(who: Actor, problem: string, minute: number, verdict: "AC" | "WA" | "CE") {
  const { id, notice } = await createSubmission(
    db,
    queue,
    who,
    { problem, language: "python3", source: "print(1)", contest: slug },
    { now: at(minute) },
  );
  const report = await lifecycle.startJudging(id, { workerId: "contest-test", reason: "submit" });
  await report.finish({ verdict, score: verdict === "AC" ? 100 : 0 });
  return { id, notice };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const board = (who: Actor, minute: number, view: "public" | "jury" = "public") =>
  getContestScoreboard(db, who, slug, { view, now: at(minute) });

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-contests-${run}`);
  await db.runtime.upsert({
    where: { language: "python3" },
    create: { language: "python3", version: "test", imageTag: "test", imageDigest: "test" },
    update: {},
  });
  u.jury = await account("jury", "instructor");
  u.ann = await account("ann");
  u.ben = await account("ben");
  u.cat = await account("cat");
  u.outsider = await account("outsider");
  for (const key of ["a", "b"] as const) {
    const p = await db.problem.create({
      data: { slug: `c${key}-${run}`, title: key, timeLimitMs: 1000, memoryLimitMb: 64 },
    });
    problems[key] = p.slug;
  }
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await db.submission.deleteMany({ where: { contest: { slug } } });
  await db.contest.deleteMany({ where: { slug } });
  await db.problem.deleteMany({ where: { slug: { in: Object.values(problems) } } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@contests.test` } } });
  await db.$disconnect();
  connection.disconnect();
});

describe("an ICPC contest", () => {
  it("refuses bad settings with a 400 naming the field, and students creating contests", async () => {
    const base = {
      slug,
      title: "Spring",
      format: "icpc",
      startsAt: START.toISOString(),
      durationMinutes: 300,
      freezeMinutes: 60,
      problems: [
        { problem: problems.a, label: "A" },
        { problem: problems.b, label: "B" },
      ],
    };
    expect(await failure(createContest(db, u.jury, { ...base, freezeMinutes: 301 }))).toMatchObject({
      field: "freezeMinutes",
    });
    const twice = await failure(
      createContest(db, u.jury, { ...base, problems: [base.problems[0], { problem: problems.b, label: "A" }] }),
    );
    expect(twice).toMatchObject({ code: "bad_request", field: "problems[1].label" });
    expect((await failure(createContest(db, u.ann, base))).code).toBe("forbidden");
    const { inviteCode } = await createContest(db, u.jury, { ...base, registration: "code", isPublic: false });
    code = inviteCode ?? "";
  });

  it("registers participants once, and teams share a row", async () => {
    expect((await failure(registerForContest(db, u.ann, slug, { code: "WRONG-123" }, at(-30)))).code).toBe("forbidden");
    await registerForContest(db, u.ann, slug, { code: code.toLowerCase() }, at(-30));
    expect((await failure(registerForContest(db, u.ann, slug, { code }, at(-20)))).message).toContain("already");
    expect((await failure(registerForContest(db, u.outsider, slug, { code }, at(301)))).reason).toBe(
      "registration_closed",
    );
    await addContestParticipant(db, u.jury, slug, { email: `ben-${run}@contests.test`, team: "Team B" });
    await addContestParticipant(db, u.jury, slug, { email: `cat-${run}@contests.test`, team: "Team B" });
    const twice = await failure(addContestParticipant(db, u.jury, slug, { email: `cat-${run}@contests.test` }));
    expect(twice.code).toBe("bad_request");
    expect(await db.contestParticipant.count({ where: { contest: { slug } } })).toBe(2);
  });

  it("refuses submissions before the start and from outsiders", async () => {
    const early = createSubmission(
      db,
      queue,
      u.ann,
      { problem: problems.a, language: "python3", source: "x", contest: slug },
      { now: at(-1) },
    );
    expect(await failure(early)).toMatchObject({ code: "forbidden", reason: "contest_not_started" });
    const outsider = createSubmission(
      db,
      queue,
      u.outsider,
      { problem: problems.a, language: "python3", source: "x", contest: slug },
      { now: at(5) },
    );
    expect(await failure(outsider)).toMatchObject({ code: "forbidden", reason: "not_a_participant" });
  });

  it("scores by the CCS rules: minutes rounded down, 20 per rejected try, CE free", async () => {
    await submitAt(u.ann, problems.a, 10, "CE");
    await submitAt(u.ann, problems.a, 12, "WA");
    await submitAt(u.ann, problems.a, 30.9, "AC"); // minute 30
    await submitAt(u.ben, problems.a, 20, "AC");
    await submitAt(u.cat, problems.b, 40, "AC"); // Ben's teammate: same row
    const live = await board(u.jury, 50, "jury");
    const ann = live.rows.find((r) => r.participant.name === `ann-${run}`);
    const team = live.rows.find((r) => r.participant.name === "Team B");
    expect(ann?.score).toEqual({ numSolved: 1, totalTime: 50 });
    expect(ann?.problems[0]).toMatchObject({ numJudged: 2, solved: true, time: 30, firstToSolve: false });
    expect(team?.score).toEqual({ numSolved: 2, totalTime: 60 });
    expect(team?.problems[0]?.firstToSolve).toBe(true);
    expect(team?.rank).toBe(1);
  });

  it("freezes the public board: later verdicts are pending for everyone but the jury", async () => {
    const late = await submitAt(u.ann, problems.b, 250, "AC"); // after the 14:00 freeze
    const frozen = await board(u.ben, 260);
    expect(frozen.frozen).toBe(true);
    expect(frozen.notice).toContain("frozen with 60 minutes remaining");
    const annFrozen = frozen.rows.find((r) => r.participant.name === `ann-${run}`);
    expect(annFrozen?.problems[1]).toMatchObject({ numPending: 1, solved: false });
    expect(JSON.stringify(frozen.rows)).not.toContain('"numSolved":2,"totalTime":300');
    // Ann herself sees her own verdict on her submission, but the public board stays frozen for her too.
    await expect(getSubmissionView(db, u.ann, late.id)).resolves.toMatchObject({ verdict: "AC" });
    expect((await board(u.ann, 260)).frozen).toBe(true);
    // Ben (another participant) cannot read Ann's submission at all.
    await expect(getSubmissionView(db, u.ben, late.id)).rejects.toMatchObject({ code: "not_found" });
    // The jury sees it live; participants may not ask for the jury's view.
    const jury = await board(u.jury, 260, "jury");
    expect(jury.rows.find((r) => r.participant.name === `ann-${run}`)?.score).toEqual({ numSolved: 2, totalTime: 300 });
    expect((await failure(board(u.ann, 260, "jury"))).code).toBe("forbidden");
  });

  it("judges after the end as upsolving, never counted; thaws by hand", async () => {
    const { notice } = await submitAt(u.ben, problems.b, 301, "AC");
    expect(notice).toContain("upsolving");
    // The thaw: jury only, only after the end, and a second thaw keeps the first instant.
    expect((await failure(thawContest(db, u.ben, slug, at(310)))).code).toBe("forbidden");
    expect(await failure(thawContest(db, u.jury, slug, at(299)))).toMatchObject({
      code: "conflict",
      reason: "contest_not_over",
    });
    expect((await board(u.ben, 305)).frozen).toBe(true);
    await expect(thawContest(db, u.jury, slug, at(310))).resolves.toEqual({ thawedAt: at(310) });
    await expect(thawContest(db, u.jury, slug, at(330))).resolves.toEqual({ thawedAt: at(310) });
    const thawed = await board(u.ben, 320);
    expect(thawed.frozen).toBe(false);
    const team = thawed.rows.find((r) => r.participant.name === "Team B");
    expect(team?.score).toEqual({ numSolved: 2, totalTime: 60 });
    expect(thawed.rows.find((r) => r.participant.name === `ann-${run}`)?.score).toEqual({
      numSolved: 2,
      totalTime: 300,
    });
  });

  it("keeps a private contest from outsiders, and shows virtual participants apart", async () => {
    expect((await failure(board(u.outsider, 320))).code).toBe("not_found");
    const virtual = await startContestClock(db, u.ann, slug, at(400));
    expect(virtual.virtual).toBe(true);
    await submitAt(u.ann, problems.a, 405, "AC"); // 5 minutes into her replay
    const after = await board(u.jury, 420, "jury");
    expect(after.virtualRows).toHaveLength(1);
    // Ranked against the final standings: behind the two official rows with two solves each.
    expect(after.virtualRows[0]).toMatchObject({ rank: 3, score: { numSolved: 1, totalTime: 5 } });
    expect(after.rows).toHaveLength(2);
  });

  it("answers clarifications privately or to all", async () => {
    const { id } = await postClarification(db, u.ann, slug, { problem: "A", text: "Is n ≥ 1?" });
    await postClarification(db, u.jury, slug, { text: "Problem B's sample is fixed." });
    expect((await listClarifications(db, u.jury, slug)).unanswered).toBe(1);
    await answerClarification(db, u.jury, slug, id, { answer: "Yes." });
    const forAnn = await listClarifications(db, u.ann, slug);
    expect(forAnn.clarifications.map((c) => c.answer ?? c.text)).toEqual(["Problem B's sample is fixed.", "Yes."]);
    const forBen = await listClarifications(db, u.ben, slug);
    expect(forBen.clarifications.map((c) => c.text)).toEqual(["Problem B's sample is fixed."]);
    expect((await failure(answerClarification(db, u.ben, slug, id, { answer: "No." }))).code).toBe("forbidden");
  });

  it("serves the pages: problems secret until the start, own submissions only, reveal and rejudge for the jury", async () => {
    expect((await getContestOverview(db, u.ann, slug, at(-5))).problems).toBeNull();
    expect((await getContestOverview(db, u.jury, slug, at(-5))).problems?.map((p) => p.label)).toEqual(["A", "B"]);
    const annView = await getContestOverview(db, u.ann, slug, at(10));
    expect(annView).toMatchObject({ isJury: false, inviteCode: null, canRegister: false });
    expect((await failure(getContestProblem(db, u.ann, slug, problems.a, at(-5)))).code).toBe("not_found");
    await expect(getContestProblem(db, u.ann, slug, problems.a, at(301))).resolves.toMatchObject({
      label: "A",
      upsolving: true,
    });

    // Ben sees his team's submissions (Cat's too), never Ann's; the jury sees and filters all.
    const forBen = await listContestSubmissions(db, u.ben, slug, { problem: "A", verdict: "AC" });
    expect(forBen.length).toBeGreaterThan(0);
    expect(forBen.every((s) => s.participant?.name === "Team B")).toBe(true);
    const acOfA = await listContestSubmissions(db, u.jury, slug, { problem: "A", verdict: "AC" });
    expect(acOfA.every((s) => s.label === "A" && s.verdict === "AC")).toBe(true);
    expect(acOfA.some((s) => s.participant?.name === `ann-${run}`)).toBe(true);

    expect((await failure(getContestReveal(db, u.jury, slug, at(299)))).reason).toBe("contest_not_over");
    expect((await failure(getContestReveal(db, u.ann, slug, at(320)))).code).toBe("forbidden");
    const reveal = await getContestReveal(db, u.jury, slug, at(320));
    // Every cell pending on the frozen board is revealed once, and the steps end on the final order.
    const pendingCells = reveal.frozen.rows.flatMap((r) => r.problems.filter((c) => c.numPending > 0));
    expect(reveal.steps).toHaveLength(pendingCells.length);
    expect(reveal.steps.at(-1)?.standings.map((s) => s.participantId)).toEqual(
      reveal.final.rows.map((r) => r.participant.id),
    );

    expect((await failure(rejudgeContestProblem(db, queue, u.ann, slug, "A"))).code).toBe("forbidden");
    const total = await db.submission.count({ where: { contest: { slug }, problem: { slug: problems.a } } });
    await expect(rejudgeContestProblem(db, queue, u.jury, slug, "A")).resolves.toMatchObject({ total });
    expect((await failure(rejudgeContestProblem(db, queue, u.jury, slug, "Z"))).code).toBe("bad_request");
  });
});
