import { submissionFiltersSchema } from "@arbiter/core";
import { problemDetailsSchema } from "@arbiter/core/authoring";
import {
  addParticipantSchema,
  answerSchema,
  askSchema,
  createContestSchema,
  verdictOverrideSchema,
} from "@arbiter/core/contests";
import {
  addMemberSchema,
  assignmentSchema,
  commentSchema,
  createCourseSchema,
  creditTimelineSchema,
  extensionSchema,
  gradesResponseRowSchema,
  issueInvitationsSchema,
  joinSchema,
  scoreOverrideSchema,
} from "@arbiter/core/courses";
import {
  customRunRequestSchema,
  customRunViewSchema,
  languageViewSchema,
  problemViewSchema,
  similarityReviewRequestSchema,
  startSimilarityRequestSchema,
  submissionViewSchema,
  submitRequestSchema,
} from "@arbiter/shared";
import { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "delete" | "patch";

/** One answer of an operation: a JSON body (a zod contract), another media type, or none. */
export interface OperationResponse {
  description: string;
  json?: z.ZodType;
  /** A non-JSON body, e.g. `text/csv` or `text/event-stream`. */
  mediaType?: string;
}

/** A REST v1 operation as the OpenAPI document describes it; schemas are the routes' own zod contracts. */
export interface Operation {
  method: HttpMethod;
  /** OpenAPI path with `{name}` parameters. */
  path: string;
  summary: string;
  tag: "Submissions" | "Problems" | "Courses" | "Contests" | "Similarity" | "Custom runs" | "Health";
  /** Needs no authentication (everything else takes a Bearer token or the session cookie). */
  public?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, OperationResponse>;
}

const created = (json: z.ZodType): OperationResponse => ({ description: "Created", json });
const ok = (json: z.ZodType): OperationResponse => ({ description: "OK", json });

/** What assignment creation takes: its own fields and the late rule, which is parsed apart. */
const createAssignmentBody = z.intersection(assignmentSchema, creditTimelineSchema);
/** An override's body. The score's upper bound is the problem's points, known only per request. */
const overrideBody = z.object({
  score: z
    .number()
    .min(0)
    .nullable()
    .describe("At most the problem's points, with two decimals at most; null removes the override"),
  reason: scoreOverrideSchema(0).shape.reason,
});

/**
 * Every REST v1 route, in the order of API.md. A test checks this list against the route
 * files and API.md both ways, so none of the three can change alone.
 */
export const OPERATIONS: readonly Operation[] = [
  {
    method: "post",
    path: "/api/v1/submissions",
    summary: "Submit a solution (practice, an assignment or a contest)",
    tag: "Submissions",
    body: submitRequestSchema,
    responses: {
      202: {
        description: "Accepted and queued",
        json: z.object({ id: z.string(), notice: z.string().optional() }),
      },
    },
  },
  {
    method: "get",
    path: "/api/v1/submissions/{id}",
    summary: "A submission and its per-test results (`?include=details` adds samples and source)",
    tag: "Submissions",
    responses: { 200: ok(submissionViewSchema) },
  },
  {
    method: "get",
    path: "/api/v1/submissions/{id}/events",
    summary: "A submission's judging, live, as server-sent events",
    tag: "Submissions",
    responses: { 200: { description: "An event stream", mediaType: "text/event-stream" } },
  },
  {
    method: "get",
    path: "/api/v1/submissions",
    summary: "Your submissions, newest first, a page at a time",
    tag: "Submissions",
    query: submissionFiltersSchema.extend({ take: z.string().optional(), cursor: z.string().optional() }),
    responses: { 200: ok(z.array(submissionViewSchema)) },
  },
  {
    method: "post",
    path: "/api/v1/submissions/{id}/comments",
    summary: "A staff comment on a course submission (a line, or the whole)",
    tag: "Submissions",
    body: commentSchema,
    responses: { 201: created(z.object({ id: z.string() })) },
  },
  {
    method: "get",
    path: "/api/v1/submissions/{id}/comments",
    summary: "The staff comments on a submission, for whoever may read it",
    tag: "Submissions",
    responses: {
      200: ok(
        z.array(
          z.object({
            id: z.string(),
            line: z.number().nullable(),
            body: z.string(),
            author: z.string(),
            createdAt: z.string(),
          }),
        ),
      ),
    },
  },
  {
    method: "post",
    path: "/api/v1/custom-runs",
    summary: "Run code on your own input without submitting",
    tag: "Custom runs",
    body: customRunRequestSchema,
    responses: { 202: { description: "Saved", json: z.object({ id: z.string(), enqueued: z.boolean() }) } },
  },
  {
    method: "get",
    path: "/api/v1/custom-runs/{id}",
    summary: "A custom run of yours",
    tag: "Custom runs",
    responses: { 200: ok(customRunViewSchema) },
  },
  {
    method: "get",
    path: "/api/v1/languages",
    summary: "The installed languages",
    tag: "Problems",
    public: true,
    responses: { 200: ok(z.array(languageViewSchema)) },
  },
  {
    method: "get",
    path: "/api/v1/problems",
    summary: "Every problem with its limits",
    tag: "Problems",
    public: true,
    responses: { 200: ok(z.array(problemViewSchema)) },
  },
  {
    method: "post",
    path: "/api/v1/courses",
    summary: "Create a course (not students)",
    tag: "Courses",
    body: createCourseSchema,
    responses: { 201: created(z.object({ slug: z.string(), joinCode: z.string().nullable() })) },
  },
  {
    method: "post",
    path: "/api/v1/courses/{course}/members",
    summary: "Add a member; the account is created when missing (instructors)",
    tag: "Courses",
    body: addMemberSchema,
    responses: {
      201: created(
        z.object({ email: z.string(), role: z.string(), section: z.string().nullable(), accountCreated: z.boolean() }),
      ),
    },
  },
  {
    method: "delete",
    path: "/api/v1/courses/{course}/members",
    summary: "Drop a member; their submissions and grades stay",
    tag: "Courses",
    body: addMemberSchema.pick({ email: true }),
    responses: { 204: { description: "Dropped" } },
  },
  {
    method: "post",
    path: "/api/v1/courses/join",
    summary: "Join a course by its code",
    tag: "Courses",
    body: joinSchema,
    responses: { 200: ok(z.object({ slug: z.string() })) },
  },
  {
    method: "post",
    path: "/api/v1/courses/{course}/assignments",
    summary: "Create an assignment with its late rule (staff)",
    tag: "Courses",
    body: createAssignmentBody,
    responses: { 201: created(z.object({ slug: z.string() })) },
  },
  {
    method: "put",
    path: "/api/v1/courses/{course}/assignments/{assignment}/extensions/{email}",
    summary: "Extend one student's due date; the late windows move with it (staff)",
    tag: "Courses",
    body: extensionSchema,
    responses: { 200: ok(z.object({ email: z.string(), dueAt: z.string() })) },
  },
  {
    method: "get",
    path: "/api/v1/courses/{course}/assignments/{assignment}/grades",
    summary: "The gradebook as JSON, or CSV with `Accept: text/csv` or `?format=` (staff)",
    tag: "Courses",
    query: z.object({
      section: z.string().optional(),
      format: z.enum(["wide", "long", "canvas"]).optional(),
    }),
    responses: { 200: { ...ok(z.array(gradesResponseRowSchema)), mediaType: "text/csv" } },
  },
  {
    method: "get",
    path: "/api/v1/courses/{course}/assignments/{assignment}/grades/me",
    summary: "The caller's own grade row",
    tag: "Courses",
    responses: { 200: ok(gradesResponseRowSchema) },
  },
  {
    method: "put",
    path: "/api/v1/courses/{course}/assignments/{assignment}/overrides/{email}/{problem}",
    summary: "Override a student's score on a problem, with a reason kept in the audit log (staff)",
    tag: "Courses",
    body: overrideBody,
    responses: { 200: ok(z.object({ score: z.number().nullable() })) },
  },
  {
    method: "post",
    path: "/api/v1/courses/{course}/assignments/{assignment}/rejudge",
    summary: "Rejudge every submission of an assignment (staff)",
    tag: "Courses",
    responses: {
      202: {
        description: "Queued",
        json: z.object({ total: z.number().int(), queued: z.number().int(), coalesced: z.number().int() }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/contests",
    summary: "Create a contest (staff)",
    tag: "Contests",
    body: createContestSchema,
    responses: { 201: created(z.object({ slug: z.string(), inviteCode: z.string().nullable() })) },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/participants",
    summary: "Add a participant or a team member (jury)",
    tag: "Contests",
    body: addParticipantSchema,
    responses: { 201: created(z.object({ participantId: z.string(), accountCreated: z.boolean() })) },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/register",
    summary: "Register yourself (open registration, or with the invite code)",
    tag: "Contests",
    body: z.object({ code: z.string().max(40).optional() }),
    responses: { 201: created(z.object({ participantId: z.string() })) },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/start",
    summary: "Start your personal window, or a virtual participation after the end",
    tag: "Contests",
    responses: { 200: ok(z.object({ participantId: z.string(), virtual: z.boolean() })) },
  },
  {
    method: "get",
    path: "/api/v1/contests/{contest}/scoreboard",
    summary: "The public board (`?view=jury`: the live board, jury only)",
    tag: "Contests",
    query: z.object({ view: z.enum(["public", "jury"]).optional() }),
    responses: { 200: { description: "The scoreboard" } },
  },
  {
    method: "get",
    path: "/api/v1/contests/{contest}/scoreboard/events",
    summary: "The board, live, as server-sent `board` events",
    tag: "Contests",
    query: z.object({ view: z.enum(["public", "jury"]).optional() }),
    responses: { 200: { description: "An event stream", mediaType: "text/event-stream" } },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/clarifications",
    summary: "Ask a question (from the jury: an announcement to all)",
    tag: "Contests",
    body: askSchema,
    responses: { 201: created(z.object({ id: z.string() })) },
  },
  {
    method: "get",
    path: "/api/v1/contests/{contest}/clarifications",
    summary: "Clarifications you may read",
    tag: "Contests",
    responses: { 200: { description: "The clarifications and, for the jury, the unanswered count" } },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/clarifications/{id}/answer",
    summary: "Answer a clarification (jury)",
    tag: "Contests",
    body: answerSchema,
    responses: { 204: { description: "Answered" } },
  },
  {
    method: "post",
    path: "/api/v1/contests/{contest}/submissions/{id}/override",
    summary: "Set a submission's verdict by hand, with a reason (jury; audited)",
    tag: "Contests",
    body: verdictOverrideSchema,
    responses: { 200: { description: "The audit entry: who, when, old and new verdict, why" } },
  },
  {
    method: "get",
    path: "/api/v1/contests/{contest}/overrides",
    summary: "The contest's verdict overrides, newest first (jury)",
    tag: "Contests",
    responses: { 200: { description: "The audit log of overrides" } },
  },
  {
    method: "get",
    path: "/api/v1/courses/{course}/assignments/{assignment}/grades/version",
    summary: "A cheap token that changes when any grade of the assignment changes (staff; live gradebook)",
    tag: "Courses",
    responses: { 200: { description: "The current version" } },
  },
  {
    method: "post",
    path: "/api/v1/courses/{course}/invitations",
    summary: "One-time links with which roster-created accounts set their password (instructors)",
    tag: "Courses",
    body: issueInvitationsSchema,
    responses: {
      201: { description: "The links and who was skipped, as JSON" },
      200: { description: "The same as CSV with Accept: text/csv", mediaType: "text/csv" },
    },
  },
  {
    method: "post",
    path: "/api/v1/problems",
    summary: "Upload a problem package zip (body: the zip; ?slug=&course=)",
    tag: "Problems",
    responses: {
      201: { description: "A new problem, private until published, and its verification started" },
      200: { description: "An existing problem replaced" },
    },
  },
  {
    method: "get",
    path: "/api/v1/problems/{slug}/authoring",
    summary: "A problem as its editors see it, with the verification of its example submissions",
    tag: "Problems",
    responses: { 200: { description: "Statement, limits, tags, visibility and verification runs" } },
  },
  {
    method: "patch",
    path: "/api/v1/problems/{slug}",
    summary: "Edit a problem's statement, limits and tags (its editors)",
    tag: "Problems",
    body: problemDetailsSchema,
    responses: { 200: { description: "Saved" } },
  },
  {
    method: "post",
    path: "/api/v1/problems/{slug}/publish",
    summary: "Publish a private problem to the archive (instructors, admins)",
    tag: "Problems",
    responses: { 200: { description: "Published" } },
  },
  {
    method: "post",
    path: "/api/v1/similarity",
    summary: "Start a similarity check over one problem of an assignment or a contest (staff)",
    tag: "Similarity",
    body: startSimilarityRequestSchema,
    responses: { 202: ok(z.object({ id: z.string(), notice: z.string().optional() })) },
  },
  {
    method: "get",
    path: "/api/v1/similarity/{id}",
    summary: "A check's status and its pairs, most similar first (staff)",
    tag: "Similarity",
    responses: { 200: { description: "Status, pairs with fragments, clusters" } },
  },
  {
    method: "get",
    path: "/api/v1/similarity/{id}/pairs/{pair}",
    summary: "One pair with both sources and the matched fragments (staff)",
    tag: "Similarity",
    responses: { 200: { description: "The pair" } },
  },
  {
    method: "put",
    path: "/api/v1/similarity/{id}/pairs/{pair}/review",
    summary: "Mark a pair fine or suspicious, with a note (staff)",
    tag: "Similarity",
    body: similarityReviewRequestSchema,
    responses: { 200: { description: "The review" } },
  },
  {
    method: "get",
    path: "/api/health",
    summary: "Whether the web app can reach its database",
    tag: "Health",
    public: true,
    responses: { 200: ok(z.object({ ok: z.literal(true) })), 503: { description: "A dependency is down" } },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "Health",
    public: true,
    responses: { 200: { description: "The OpenAPI 3.1 document" } },
  },
];
