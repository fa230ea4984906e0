"use client";

import type { ReviewGrade } from "@arbiter/core/courses";
import Link from "next/link";
import { overrideGradeAction } from "@/app/submissions/[id]/reviewActions";
import { ActionForm } from "@/components/ActionForm";
import { LocalTime } from "@/components/LocalTime";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { formatScore } from "@/lib/format";

/**
 * The student's grade for this problem of the assignment, a form to override it with a
 * reason (an empty score removes the override), and the audit log: who, when, old → new, why.
 */
export function GradePanel({ submissionId, grade }: { submissionId: string; grade: ReviewGrade }) {
  const current = grade.overrideScore ?? grade.computedScore;
  const ref = {
    course: grade.course,
    assignment: grade.assignment,
    email: grade.student.email,
    problem: grade.problem,
  };
  return (
    <section aria-labelledby="grade-heading" className="card space-y-4 p-6" data-testid="grade-panel">
      <div>
        <h2 id="grade-heading" className="text-lg font-semibold tracking-tight">
          Grade <span className="text-sm font-normal text-zinc-500">(staff only)</span>
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          {grade.student.name} ({grade.student.email}) has{" "}
          <span className="font-semibold tabular-nums" data-testid="grade-current">
            {formatScore(current)}
          </span>{" "}
          / {formatScore(grade.points)} on <span className="font-mono text-xs">{grade.problem}</span>
          {grade.overrideScore !== null ? (
            <>
              {" "}
              — set by staff ({grade.overrideReason}); computed {formatScore(grade.computedScore)}.
            </>
          ) : (
            "."
          )}{" "}
          {grade.countedSubmissionId === submissionId ? (
            <span data-testid="counted-here">This submission is the one that counts.</span>
          ) : grade.countedSubmissionId ? (
            <Link
              href={`/submissions/${grade.countedSubmissionId}`}
              className="text-indigo-600 hover:underline dark:text-indigo-400"
            >
              Open the submission that counts.
            </Link>
          ) : (
            "No submission counts yet."
          )}
        </p>
      </div>
      <ActionForm
        action={overrideGradeAction.bind(null, { submissionId, ...ref })}
        submitLabel="Override score"
        testId="override-form"
        layout="inline"
        tone="secondary"
      >
        <div>
          <label htmlFor="override-score" className="label">
            Score (0–{formatScore(grade.points)}; empty removes)
          </label>
          <input
            id="override-score"
            name="score"
            type="number"
            step="0.01"
            min={0}
            max={grade.points}
            className="input w-32"
          />
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor="override-reason" className="label">
            Reason (kept in the audit log)
          </label>
          <input id="override-reason" name="reason" required maxLength={500} className="input w-full" />
        </div>
      </ActionForm>
      {grade.audit.length > 0 && (
        <div className="overflow-x-auto">
          <Table
            testId="grade-audit"
            caption="Audit log"
            head={
              <>
                <HeaderCell className="px-3 py-2">When</HeaderCell>
                <HeaderCell className="px-3 py-2">Who</HeaderCell>
                <HeaderCell className="px-3 py-2" align="right">
                  Old → new
                </HeaderCell>
                <HeaderCell className="px-3 py-2">Reason</HeaderCell>
              </>
            }
          >
            {grade.audit.map((a) => (
              <tr key={`${a.at}-${a.actor}`} data-testid="audit-row">
                <Cell className="px-3 py-2 whitespace-nowrap">
                  <LocalTime iso={a.at} />
                </Cell>
                <Cell className="px-3 py-2">{a.actor}</Cell>
                <Cell className="px-3 py-2 whitespace-nowrap tabular-nums" align="right">
                  {formatScore(a.oldScore)} → {a.newScore === null ? "computed" : formatScore(a.newScore)}
                </Cell>
                <Cell className="px-3 py-2">{a.reason}</Cell>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}
