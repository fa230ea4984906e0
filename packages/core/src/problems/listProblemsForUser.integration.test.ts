import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../users/createUser";
import type { Actor } from "../permissions/can";
import { listProblemsForUser } from "./listProblemsForUser";

const student = (id: string): Actor => ({ id, role: "student" });

const run = randomBytes(4).toString("hex");
const slug = (name: string) => `itest-list-${name}-${run}`;
let db: PrismaClient;
let alice = "";
let bob = "";
/** Of the course that owns the private problem: a student, a TA, and a student of another course. */
let enrolled = "";
let ta = "";
let outsider = "";
let admin = "";
let courseIds: string[] = [];

beforeAll(async () => {
  db = createPrismaClient();
  alice = (await createUser(db, { email: `alice-${run}@example.test`, role: "student" })).id;
  bob = (await createUser(db, { email: `bob-${run}@example.test`, role: "student" })).id;
  const base = { statement: "", timeLimitMs: 1000, memoryLimitMb: 256 };
  await db.problem.createMany({
    data: [
      {
        ...base,
        slug: slug("graphs"),
        title: `Shortest Paths ${run}`,
        tags: [`dp-${run}`, `graphs-${run}`],
        difficulty: 4,
      },
      { ...base, slug: slug("sums"), title: `Big Sums ${run}`, tags: [`math-${run}`], difficulty: 1 },
      { ...base, slug: slug("plain"), title: `Plain 100%_\\ ${run}`, tags: [], difficulty: null },
    ],
  });
  const ids = Object.fromEntries(
    (await db.problem.findMany({ where: { slug: { endsWith: run } } })).map((p) => [p.slug, p.id]),
  );
  const user = async (name: string, role: "student" | "admin" = "student") =>
    (await createUser(db, { email: `${name}-${run}@example.test`, role })).id;
  [enrolled, ta, outsider, admin] = [
    await user("enrolled"),
    await user("ta"),
    await user("outsider"),
    await user("admin", "admin"),
  ];
  const own = await db.course.create({ data: { slug: `itest-list-own-${run}`, title: "Own" } });
  const other = await db.course.create({ data: { slug: `itest-list-other-${run}`, title: "Other" } });
  courseIds = [own.id, other.id];
  await db.courseMember.createMany({
    data: [
      { courseId: own.id, userId: enrolled, role: "student" },
      { courseId: own.id, userId: ta, role: "ta" },
      { courseId: other.id, userId: outsider, role: "student" },
      // Staff elsewhere is nobody here.
      { courseId: other.id, userId: alice, role: "instructor" },
    ],
  });
  await db.problem.create({
    data: {
      ...base,
      slug: slug("secret"),
      title: `Course Secret ${run}`,
      tags: [`secret-${run}`],
      isPublic: false,
      courseId: own.id,
    },
  });
  const sub = { language: "python3", source: "print(1)" };
  await db.submission.createMany({
    data: [
      { ...sub, userId: alice, problemId: ids[slug("graphs")]!, status: "done", verdict: "WA" },
      { ...sub, userId: alice, problemId: ids[slug("graphs")]!, status: "done", verdict: "AC" },
      { ...sub, userId: alice, problemId: ids[slug("sums")]!, status: "queued" },
      { ...sub, userId: bob, problemId: ids[slug("plain")]!, status: "done", verdict: "AC" },
    ],
  });
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { userId: { in: [alice, bob] } } });
  await db.problem.deleteMany({ where: { slug: { endsWith: run } } });
  await db.course.deleteMany({ where: { id: { in: courseIds } } });
  await db.user.deleteMany({ where: { id: { in: [alice, bob, enrolled, ta, outsider, admin] } } });
  await db.$disconnect();
});

/** This run's rows only (the database may hold other tests' problems). */
async function mine(user: Actor | null, filter: Parameters<typeof listProblemsForUser>[2] = {}) {
  const listing = await listProblemsForUser(db, user, filter);
  return {
    ...listing,
    problems: listing.problems.filter((p) => p.slug.endsWith(run)),
    tags: listing.tags.filter((t) => t.endsWith(run)),
  };
}

describe("listProblemsForUser", () => {
  it("gives each problem the user's own state: solved, attempted (even if pending) or untried", async () => {
    const { problems, tags } = await mine(student(alice));
    expect(problems.map((p) => [p.slug, p.state])).toEqual([
      [slug("graphs"), "solved"],
      [slug("plain"), "untried"],
      [slug("sums"), "attempted"],
    ]);
    expect(problems[0]).toMatchObject({
      title: `Shortest Paths ${run}`,
      tags: [`dp-${run}`, `graphs-${run}`],
      difficulty: 4,
    });
    expect(tags).toEqual([`dp-${run}`, `graphs-${run}`, `math-${run}`]);
    // Another user's Accepted does not count for Alice, and vice versa.
    expect((await mine(student(bob))).problems.map((p) => p.state)).toEqual(["untried", "solved", "untried"]);
    expect((await mine(null)).problems.map((p) => p.state)).toEqual(["untried", "untried", "untried"]);
  });

  it("searches title and slug case-insensitively, and filters by tag and difficulty", async () => {
    const slugs = async (filter: Parameters<typeof listProblemsForUser>[2]) =>
      (await mine(student(alice), filter)).problems.map((p) => p.slug);
    expect(await slugs({ q: `SHORTEST paths ${run}` })).toEqual([slug("graphs")]);
    expect(await slugs({ q: `list-sums-${run}` })).toEqual([slug("sums")]);
    expect(await slugs({ tag: `graphs-${run}` })).toEqual([slug("graphs")]);
    expect(await slugs({ difficulty: 1, q: run })).toEqual([slug("sums")]);
    expect(await slugs({ q: `no such thing ${run}` })).toEqual([]);
    // Search text is data, not a pattern.
    expect(await slugs({ q: `%${run}` })).toEqual([]);
    expect(await slugs({ q: `Big_Sums` })).toEqual([]);
    expect(await slugs({ q: `\\` })).toEqual([slug("plain")]);
    expect(await slugs({ q: `100%_` })).toEqual([slug("plain")]);
  });

  it("still reports every tag and the total when the filter matches nothing", async () => {
    const listing = await mine(student(alice), { q: `nothing-${run}` });
    expect(listing.problems).toEqual([]);
    expect(listing.tags).toHaveLength(3);
    expect(listing.total).toBeGreaterThanOrEqual(3);
  });

  it("lists a course's private problem, its tag and count only to that course's staff and admins", async () => {
    const secret = slug("secret");
    const sees = async (actor: Actor | null) => {
      const listing = await mine(actor);
      return {
        listed: listing.problems.some((p) => p.slug === secret),
        tagged: listing.tags.includes(`secret-${run}`),
      };
    };
    const hidden = { listed: false, tagged: false };
    // Anonymous, a student of another course, staff of another course, and even a student of
    // the owning course (who opens it through an assignment, never from the archive).
    expect(await sees(null)).toEqual(hidden);
    expect(await sees(student(outsider))).toEqual(hidden);
    expect(await sees(student(alice))).toEqual(hidden);
    expect(await sees(student(enrolled))).toEqual(hidden);
    expect(await sees(student(ta))).toEqual({ listed: true, tagged: true });
    expect(await sees({ id: admin, role: "admin" })).toEqual({ listed: true, tagged: true });
    // Searching by its exact title finds nothing either.
    expect((await mine(student(outsider), { q: `Course Secret ${run}` })).problems).toEqual([]);
    // A dropped TA loses it.
    await db.courseMember.update({
      where: { courseId_userId: { courseId: courseIds[0]!, userId: ta } },
      data: { droppedAt: new Date() },
    });
    expect(await sees(student(ta))).toEqual(hidden);
  });
});
