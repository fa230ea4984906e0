import type { CourseRoster } from "@arbiter/core/courses";
import { RoleBadge } from "@/components/courses/RoleBadge";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { dropMemberAction } from "./actions";
import { AddMemberForm } from "./AddMemberForm";

/** The course's members with role and section; instructors add and drop. */
export function RosterPanel({
  course,
  roster,
  canManage,
  viewerEmail,
}: {
  course: string;
  roster: CourseRoster;
  canManage: boolean;
  /** The viewer's own row has no Drop: an instructor would lock themselves out of the course. */
  viewerEmail: string;
}) {
  const students = roster.members.filter((m) => m.role === "student").length;
  return (
    <section aria-labelledby="roster-heading" className="space-y-3">
      <h2 id="roster-heading" className="text-lg font-semibold tracking-tight">
        Roster{" "}
        <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">
          {students} {students === 1 ? "student" : "students"}, {roster.members.length - students} staff
        </span>
      </h2>
      <div className="card max-h-[32rem] overflow-auto">
        <Table
          testId="roster"
          caption="Roster"
          head={
            <>
              <HeaderCell className="px-4 py-2.5">Name</HeaderCell>
              <HeaderCell className="px-4 py-2.5">Email</HeaderCell>
              <HeaderCell className="px-4 py-2.5">Role</HeaderCell>
              <HeaderCell className="px-4 py-2.5" from="sm">
                Section
              </HeaderCell>
              {canManage && <HeaderCell className="px-4 py-2.5">{""}</HeaderCell>}
            </>
          }
        >
          {roster.members.map((m) => (
            <tr key={m.email} data-member={m.email}>
              <Cell className="px-4 py-2.5">{m.name}</Cell>
              <Cell className="px-4 py-2.5 text-zinc-600 dark:text-zinc-400">{m.email}</Cell>
              <Cell className="px-4 py-2.5">
                <RoleBadge role={m.role} />
              </Cell>
              <Cell className="px-4 py-2.5" from="sm" data-testid="member-section">
                {m.section ?? "—"}
              </Cell>
              {canManage && (
                <Cell className="px-4 py-2.5" align="right">
                  {m.email !== viewerEmail && (
                    <form action={dropMemberAction.bind(null, course)}>
                      <input type="hidden" name="email" value={m.email} />
                      <button
                        type="submit"
                        className="rounded-md px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-500/10"
                        aria-label={`Drop ${m.email}`}
                      >
                        Drop
                      </button>
                    </form>
                  )}
                </Cell>
              )}
            </tr>
          ))}
        </Table>
      </div>
      {canManage && <AddMemberForm course={course} sections={roster.sections} />}
    </section>
  );
}
