import { can } from "@arbiter/core";
import { listMyCourses } from "@arbiter/core/courses";
import type { Metadata } from "next";
import Link from "next/link";
import { RoleBadge } from "@/components/courses/RoleBadge";
import { Cell, HeaderCell, LinkedRow, Table } from "@/components/Table";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { JoinCourseForm } from "./JoinCourseForm";

export const metadata: Metadata = { title: "My courses" };

/** My courses: the ones I belong to with my role, joining by code, and (for staff) a new course. */
export default async function CoursesPage() {
  const user = await requireUser("/courses");
  const courses = await listMyCourses(getDb(), user);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">My courses</h1>
        {can(user, "course.create", { kind: "site" }) && (
          <Link href="/courses/new" className="btn-primary" data-testid="new-course">
            New course
          </Link>
        )}
      </div>

      <section className="card overflow-x-auto">
        {courses.length === 0 ? (
          <p className="p-6 text-sm text-zinc-600 dark:text-zinc-400" data-testid="no-courses">
            You are not in any course yet. Ask your instructor for a join code and enter it below.
          </p>
        ) : (
          <Table
            testId="my-courses"
            caption="My courses"
            head={
              <>
                <HeaderCell className="px-4 py-2.5">Course</HeaderCell>
                <HeaderCell className="px-4 py-2.5" from="sm">
                  Term
                </HeaderCell>
                <HeaderCell className="px-4 py-2.5" from="sm">
                  Section
                </HeaderCell>
                <HeaderCell className="px-4 py-2.5">Role</HeaderCell>
              </>
            }
          >
            {courses.map((c) => (
              <LinkedRow key={c.slug} data-course={c.slug}>
                <Cell className="px-4 py-3">
                  <Link href={`/courses/${c.slug}`} className="font-medium after:absolute after:inset-0">
                    {c.title}
                  </Link>
                  <span className="ml-2 font-mono text-xs text-zinc-500">{c.slug}</span>
                </Cell>
                <Cell className="px-4 py-3 text-zinc-600 dark:text-zinc-400" from="sm">
                  {c.term || "—"}
                </Cell>
                <Cell className="px-4 py-3 text-zinc-600 dark:text-zinc-400" from="sm">
                  {c.section ?? "—"}
                </Cell>
                <Cell className="px-4 py-3">
                  <RoleBadge role={c.role} />
                </Cell>
              </LinkedRow>
            ))}
          </Table>
        )}
      </section>

      <section className="card p-6" aria-labelledby="join-heading">
        <h2 id="join-heading" className="text-lg font-semibold tracking-tight">
          Join a course
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Enter the code your instructor gave you; dashes and case do not matter.
        </p>
        <JoinCourseForm />
      </section>
    </div>
  );
}
