"use client";

import type { RosterPlan } from "@arbiter/core/courses";
import { useActionState, useState } from "react";
import { Alert } from "@/components/Alert";
import { importRosterAction, type RosterImportState } from "./actions";

const INITIAL: RosterImportState = { error: null, csv: "", result: null };

/**
 * Roster CSV in two steps: "Preview" shows what will be created, enrolled, moved or left
 * alone, and every row issue with its number; "Apply" (only without issues) imports the
 * very text that was previewed, in one transaction.
 */
export function RosterImportForm({ course }: { course: string }) {
  const [state, action, pending] = useActionState(importRosterAction.bind(null, course), INITIAL);
  const [csv, setCsv] = useState("");
  const result = state.result;
  // Apply only what was previewed: editing the text afterwards asks for a new preview.
  // A preview with nothing to enrol or move leaves nothing to apply.
  const previewed =
    result !== null &&
    !result.applied &&
    state.csv === csv &&
    result.issues.length === 0 &&
    result.plan.enrol.length + result.plan.moveSection.length > 0;

  async function readFile(file: File | undefined) {
    if (file) setCsv(await file.text());
  }

  return (
    <form action={action} className="space-y-4" data-testid="roster-import-form">
      <div>
        <label htmlFor="roster-file" className="label">
          CSV file
        </label>
        <input
          id="roster-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          className="text-sm"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </div>
      <div>
        <label htmlFor="roster-csv" className="label">
          …or paste it
        </label>
        <textarea
          id="roster-csv"
          name="csv"
          rows={5}
          className="input font-mono text-xs"
          placeholder={"email,name,section\nada@example.edu,Ada Lovelace,Lab A"}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" name="intent" value="preview" className="btn-secondary" disabled={pending || !csv}>
          Preview
        </button>
        <button type="submit" name="intent" value="apply" className="btn-primary" disabled={pending || !previewed}>
          Apply
        </button>
      </div>
      {state.error && (
        <Alert tone="error" testId="roster-error">
          {state.error}
        </Alert>
      )}
      {result && result.issues.length > 0 && (
        <Alert tone="error" testId="roster-issues">
          <p className="font-medium">
            {result.issues.length} {result.issues.length === 1 ? "problem" : "problems"} in the file; nothing was
            imported. Fix {result.issues.length === 1 ? "it" : "them"} and preview again.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {result.issues.map((issue) => (
              <li key={`${issue.row}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result && result.issues.length === 0 && (
        <PlanSummary plan={result.plan} applied={result.applied} stale={!result.applied && state.csv !== csv} />
      )}
    </form>
  );
}

function PlanSummary({ plan, applied, stale }: { plan: RosterPlan; applied: boolean; stale: boolean }) {
  const groups: [string, string, string[]][] = [
    ["create", applied ? "Accounts created" : "Accounts to create", plan.create.map((c) => `${c.email} (${c.name})`)],
    [
      "enrol",
      applied ? "Enrolled" : "To enrol",
      plan.enrol.map((e) => `Row ${e.row}: ${e.email}${e.section ? ` → ${e.section}` : ""}`),
    ],
    [
      "move",
      applied ? "Moved to another section" : "To move to another section",
      plan.moveSection.map((m) => `Row ${m.row}: ${m.email}: ${m.from ?? "no section"} → ${m.to}`),
    ],
    ["unchanged", "Unchanged", plan.unchanged.map((u) => `Row ${u.row}: ${u.email}`)],
    ["skipped", "Skipped", plan.skipped.map((s) => `Row ${s.row}: ${s.reason}`)],
  ];
  return (
    <div className="space-y-3" data-testid="roster-plan" data-applied={applied ? "true" : "false"}>
      <Alert tone="info">
        {applied
          ? "The roster was imported."
          : stale
            ? "You changed the text since this preview: preview again before applying."
            : "Nothing has changed yet. Check the preview, then Apply."}
      </Alert>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {groups.map(([key, title, lines]) => (
          <div key={key} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-group={key}>
            <dt className="font-medium">
              {title}: <span data-testid={`roster-${key}-count`}>{lines.length}</span>
            </dt>
            {lines.length > 0 && (
              <dd className="mt-1 max-h-40 overflow-auto text-xs text-zinc-600 dark:text-zinc-400">
                <ul>
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </div>
  );
}
