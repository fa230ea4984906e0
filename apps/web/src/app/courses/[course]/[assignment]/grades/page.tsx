import { isAppError } from "@arbiter/core";
import { getAssignmentGrades, gradebookVersion } from "@arbiter/core/courses";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Cell, Table } from "@/components/Table";
import { formatScore } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { LiveGradebook } from "./LiveGradebook";
import { SortHeader } from "./SortHeader";
import { sortGradeRows, type SortDirection } from "./sortGradeRows";

interface Props {
  params: Promise<{ course: string; assignment: string }>;
  searchParams: Promise<{ section?: string | string[]; sort?: string | string[]; dir?: string | string[] }>;
}

export const metadata: Metadata = { title: "Gradebook" };

const one = (v: string | string[] | undefined): string => (typeof v === "string" ? v : "");

/**
 * The gradebook of an assignment, for its course's staff only (students and other courses'
 * staff get a 404): students × problems with score, late flag and attempts, linking each
 * counted submission; filter by section and sort by any column through the query string,
 * so a view can be bookmarked and shared; CSV exports in three shapes. It updates itself
 * as judgings finish (LiveGradebook polls a cheap version endpoint).
 */
export default async function GradebookPage({ params, searchParams }: Props) {
  const { course, assignment } = await params;
  const query = await searchParams;
  const section = one(query.section);
  const sort = one(query.sort) || "name";
  const dir: SortDirection = one(query.dir) === "desc" ? "desc" : "asc";
  const user = await requireUser(`/courses/${course}/${assignment}/grades`);
  let grades, version;
  try {
    // The version first: a change between the two reads then shows on the next poll.
    version = await gradebookVersion(getDb(), user, { course, assignment });
    grades = await getAssignmentGrades(getDb(), user, course, assignment, section ? { section } : {});
  } catch (error) {
    // A student gets 403 from the core; the page answers as for a missing one (reveals nothing).
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  const rows = sortGradeRows(grades.rows, sort, dir);
  const base = `/courses/${course}/${assignment}/grades`;
  const csvBase = `/api/v1/courses/${course}/assignments/${assignment}/grades`;
  const csvQuery = (format: string) =>
    `${csvBase}?${new URLSearchParams({ format, ...(section ? { section } : {}) }).toString()}`;
  const maxTotal = grades.problems.reduce((sum, p) => sum + p.points, 0);
  const mean = rows.length === 0 ? 0 : rows.reduce((sum, r) => sum + r.total, 0) / rows.length;
  const header = (key: string, label: string, align?: "right") => (
    <SortHeader key={key} base={base} section={section} sortKey={key} current={sort} dir={dir} align={align}>
      {label}
    </SortHeader>
  );

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href={`/courses/${course}`} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            {grades.course.title}
          </Link>
          <span aria-hidden="true" className="mx-2">
            /
          </span>
          <Link href={`/courses/${course}/${assignment}`} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            {grades.assignment.title}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Gradebook</h1>
          <LiveGradebook versionUrl={`${csvBase}/version`} initial={version} />
        </div>
      </div>

      <div className="flex flex-wrap items-end justify-between gap-4">
        <form method="get" className="flex items-end gap-2" data-testid="section-filter">
          <input type="hidden" name="sort" value={sort} />
          <input type="hidden" name="dir" value={dir} />
          <div>
            <label htmlFor="section" className="label">
              Section
            </label>
            <select id="section" name="section" className="input" defaultValue={section}>
              <option value="">All sections</option>
              {grades.sections.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            Filter
          </button>
        </form>
        <div className="flex items-center gap-2 text-sm" data-testid="csv-links">
          <span className="text-zinc-500">Export CSV:</span>
          <a href={csvQuery("wide")} className="btn-secondary" data-testid="csv-wide" download>
            One row per student
          </a>
          <a href={csvQuery("long")} className="btn-secondary" data-testid="csv-long" download>
            Long
          </a>
          <a href={csvQuery("canvas")} className="btn-secondary" data-testid="csv-canvas" download>
            Canvas
          </a>
        </div>
      </div>

      {section && !grades.sections.includes(section) && (
        <Alert tone="warning">There is no section “{section}” in this course.</Alert>
      )}

      <div className="card overflow-x-auto">
        <Table
          testId="gradebook"
          caption="Gradebook"
          head={
            <>
              {header("name", "Student")}
              {header("section", "Section")}
              {grades.problems.flatMap((p) => [
                header(`p:${p.problem}`, `${p.title} (${formatScore(p.points)})`, "right"),
                header(`a:${p.problem}`, "Tries", "right"),
              ])}
              {header("total", `Total (${formatScore(maxTotal)})`, "right")}
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.userId} data-student={row.email}>
              <Cell className="px-3 py-2">
                <div className="font-medium">{row.name}</div>
                <div className="text-xs text-zinc-500">{row.email}</div>
              </Cell>
              <Cell className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{row.section ?? "—"}</Cell>
              {row.problems.flatMap((c) => [
                <Cell key={`${c.problem}-s`} className="px-3 py-2 tabular-nums" align="right" data-cell={c.problem}>
                  {c.submissionId ? (
                    <Link
                      href={`/submissions/${c.submissionId}`}
                      className="text-indigo-600 hover:underline dark:text-indigo-400"
                    >
                      {formatScore(c.score)}
                    </Link>
                  ) : (
                    formatScore(c.score)
                  )}
                  {c.late && (
                    <span
                      className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900 uppercase dark:bg-amber-500/20 dark:text-amber-200"
                      title="Counted submission was late"
                    >
                      late
                    </span>
                  )}
                  {c.override && (
                    <span className="ml-1 text-[10px] text-zinc-500" title={`Overridden: ${c.override.reason}`}>
                      (set)
                    </span>
                  )}
                </Cell>,
                <Cell key={`${c.problem}-a`} className="px-3 py-2 text-zinc-500 tabular-nums" align="right">
                  {c.attempts}
                </Cell>,
              ])}
              <Cell className="px-3 py-2 font-semibold tabular-nums" align="right" data-testid="row-total">
                {formatScore(row.total)}
              </Cell>
            </tr>
          ))}
        </Table>
        {rows.length === 0 && (
          <p className="p-6 text-sm text-zinc-600">No students{section ? " in this section" : ""}.</p>
        )}
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="gradebook-summary">
        {rows.length} {rows.length === 1 ? "student" : "students"} · mean total {formatScore(mean)} /{" "}
        {formatScore(maxTotal)}
      </p>
    </div>
  );
}
