import type { CourseRole, Role } from "@arbiter/db";

/** Who is asking: the global role only. Course roles come with the resource (see Resource). */
export interface Actor {
  id: string;
  role: Role;
}

/**
 * What is asked about. `courseRole` is the actor's own role in the course the resource
 * belongs to (null: not a member, dropped, or the resource is outside any course); the
 * loader resolves it with one lookup, so `can` stays pure.
 */
export type Resource =
  | { kind: "site" }
  | { kind: "course"; courseRole: CourseRole | null }
  | {
      kind: "submission";
      ownerId: string;
      courseRole: CourseRole | null;
      /** The actor is jury of the contest it was made in. */
      contestJury?: boolean;
      /** The actor is on the team (participant row) it was made for. */
      teammate?: boolean;
    }
  | { kind: "contest"; isJury: boolean; isParticipant: boolean; isPublic: boolean }
  | {
      kind: "problem";
      isPublic: boolean;
      courseRole: CourseRole | null;
      /** The actor uploaded it in the web (Problem.authorId). */
      isAuthor?: boolean;
    };

/** Every decision the app makes about access, by resource kind. */
export interface Actions {
  site: "course.create" | "contest.create" | "problem.import" | "admin";
  course: "course.view" | "course.manage" | "course.staff" | "course.submit";
  submission: "submission.view" | "submission.viewHidden" | "submission.review";
  problem: "problem.view" | "problem.edit" | "problem.publish";
  contest: "contest.view" | "contest.jury";
}
export type Action = Actions[keyof Actions];

type Rule<K extends Resource["kind"]> = (actor: Actor, resource: Extract<Resource, { kind: K }>) => boolean;
type RuleTable = { [K in Resource["kind"]]: Record<Actions[K], Rule<K>> };

const isAdmin = (actor: Actor): boolean => actor.role === "admin";
const isCourseStaff = (role: CourseRole | null): boolean => role === "instructor" || role === "ta";

/**
 * The rules. A global admin may do anything; a global instructor may create courses and
 * import problems but is staff only of the courses that make them instructor or TA; TAs
 * see and review everything in their course but do not change its setup. A contest's
 * jury is its staff; teammates share a participant row and its submissions. A problem is
 * edited by its course's instructors and (while they are instructors) by whoever uploaded
 * it; only those with a global instructor role (or admins) publish to the archive, so a
 * course instructor who is a student elsewhere keeps their problems in the course.
 */
const RULES: RuleTable = {
  site: {
    "course.create": (a) => a.role !== "student",
    "contest.create": (a) => a.role !== "student",
    "problem.import": (a) => a.role !== "student",
    admin: (a) => isAdmin(a),
  },
  course: {
    "course.view": (a, r) => isAdmin(a) || r.courseRole !== null,
    "course.manage": (a, r) => isAdmin(a) || r.courseRole === "instructor",
    "course.staff": (a, r) => isAdmin(a) || isCourseStaff(r.courseRole),
    "course.submit": (a, r) => isAdmin(a) || r.courseRole !== null,
  },
  submission: {
    "submission.view": (a, r) =>
      isAdmin(a) || a.id === r.ownerId || r.teammate === true || isCourseStaff(r.courseRole) || r.contestJury === true,
    "submission.viewHidden": (a, r) => isAdmin(a) || isCourseStaff(r.courseRole) || r.contestJury === true,
    "submission.review": (a, r) => isAdmin(a) || isCourseStaff(r.courseRole) || r.contestJury === true,
  },
  problem: {
    "problem.view": (a, r) => r.isPublic || isAdmin(a) || isCourseStaff(r.courseRole) || r.isAuthor === true,
    "problem.edit": (a, r) =>
      isAdmin(a) || r.courseRole === "instructor" || (r.isAuthor === true && a.role !== "student"),
    "problem.publish": (a, r) =>
      isAdmin(a) || (a.role !== "student" && (r.courseRole === "instructor" || r.isAuthor === true)),
  },
  contest: {
    "contest.view": (a, r) => r.isPublic || r.isParticipant || r.isJury || isAdmin(a),
    "contest.jury": (a, r) => r.isJury || isAdmin(a),
  },
};

/** Whether `actor` may do `action` on `resource`: the one place access is decided. */
export function can<K extends Resource["kind"]>(
  actor: Actor,
  action: Actions[K],
  resource: Extract<Resource, { kind: K }>,
): boolean {
  const rules = RULES[resource.kind] as Record<Actions[K], Rule<K>>;
  return rules[action](actor, resource);
}
