import { isAppError } from "@arbiter/core";
import { getCourseRoster, getCourseView } from "@arbiter/core/courses";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { LocalTime } from "@/components/LocalTime";
import { RoleBadge } from "@/components/courses/RoleBadge";
import { StatusBadge } from "@/components/courses/StatusBadge";
import { Cell, HeaderCell, LinkedRow, Table } from "@/components/Table";
import { formatScore } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { JoinCodePanel } from "./JoinCodePanel";
import { NewAssignmentForm } from "./NewAssignmentForm";
import { InvitationsPanel } from "./InvitationsPanel";
import { RosterImportForm } from "./RosterImportForm";
import { RosterPanel } from "./RosterPanel";

interface Props {
  params: Promise<{ course: string }>;
  searchParams: Promise<{ joined?: string | string[] }>;
}

export const metadata: Metadata = { title: "Course" };

/**
 * A course: its assignments with the viewer's status, due date and score; for staff also
 * the roster, the join code, roster import and a new assignment. Not a member: 404.
 */
export default async function CoursePage({ params, searchParams }: Props) {
  const { course: slug } = await params;
  const joined = (await searchParams).joined !== undefined;
  const user = await requireUser(`/courses/${slug}`);
  const now = new Date();
  let course;
  try {
    course = await getCourseView(getDb(), user, slug, now);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const roster = course.isStaff ? await getCourseRoster(getDb(), user, slug) : null;

  return (
    <div className="space-y-8">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href="/courses" className="hover:text-zinc-800 dark:hover:text-zinc-200">
            My courses
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="course-title">
            {course.title}
          </h1>
          {course.courseRole && <RoleBadge role={course.courseRole} />}
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-mono">{course.slug}</span>
          {course.term && <> · {course.term}</>}
        </p>
      </div>

      {joined && (
        <Alert tone="info" testId="joined">
          You joined {course.title}. Its assignments are below.
        </Alert>
      )}

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <h2 id="assignments-heading" className="text-lg font-semibold tracking-tight">
          Assignments
        </h2>
        <div className="card overflow-x-auto">
          {course.assignments.length === 0 ? (
            <p className="p-6 text-sm text-zinc-600 dark:text-zinc-400">No assignments yet.</p>
          ) : (
            <Table
              testId="assignments"
              caption="Assignments"
              head={
                <>
                  <HeaderCell className="px-4 py-2.5">Assignment</HeaderCell>
                  <HeaderCell className="px-4 py-2.5">Status</HeaderCell>
                  <HeaderCell className="px-4 py-2.5" from="sm">
                    Due
                  </HeaderCell>
                  <HeaderCell className="px-4 py-2.5" align="right">
                    {course.isStaff ? "Points" : "Score"}
                  </HeaderCell>
                </>
              }
            >
              {course.assignments.map((a) => (
                <LinkedRow key={a.slug} data-assignment={a.slug}>
                  <Cell className="px-4 py-3">
                    <Link href={`/courses/${slug}/${a.slug}`} className="font-medium after:absolute after:inset-0">
                      {a.title}
                    </Link>
                  </Cell>
                  <Cell className="px-4 py-3">
                    <StatusBadge status={a.status} now={now} />
                  </Cell>
                  <Cell className="px-4 py-3 text-zinc-600 dark:text-zinc-400" from="sm">
                    <LocalTime iso={(a.status.kind === "open" ? a.status.dueAt : a.dueAt).toISOString()} />
                  </Cell>
                  <Cell className="px-4 py-3 tabular-nums" align="right" data-testid="assignment-score">
                    {a.myScore === null
                      ? formatScore(a.points)
                      : `${formatScore(a.myScore)} / ${formatScore(a.points)}`}
                  </Cell>
                </LinkedRow>
              ))}
            </Table>
          )}
        </div>
      </section>

      {roster && (
        <>
          {course.canManage && <JoinCodePanel course={slug} joinCode={roster.joinCode} />}
          <RosterPanel course={slug} roster={roster} canManage={course.canManage} viewerEmail={user.email} />
          {course.canManage && (
            <>
              <section className="card p-6" aria-labelledby="import-heading">
                <h2 id="import-heading" className="text-lg font-semibold tracking-tight">
                  Import a roster
                </h2>
                <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
                  A CSV with the columns <code>email,name,section</code> (name and section optional). Missing accounts
                  are created; nobody is dropped. You see what will change before anything does.
                </p>
                <RosterImportForm course={slug} />
              </section>
              <InvitationsPanel course={slug} />
              <section className="card p-6" aria-labelledby="new-assignment-heading">
                <h2 id="new-assignment-heading" className="text-lg font-semibold tracking-tight">
                  New assignment
                </h2>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                  Problems come from the archive or from the course&apos;s own:{" "}
                  <Link href={`/author?course=${slug}`} className="font-medium underline" data-testid="add-problem">
                    upload a problem package into this course
                  </Link>{" "}
                  (private to it until published).
                </p>
                <NewAssignmentForm course={slug} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
