"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { localInputToIso } from "@/lib/localDateTime";
import { createAssignmentAction } from "./actions";

interface ProblemRow {
  problem: string;
  points: string;
}
interface LateRow {
  until: string;
  percent: string;
}

/**
 * Problems with points, opens/due, late windows, what happens after them and which
 * submission counts. Fields are controlled so a refusal keeps everything typed; times
 * are entered in the browser's zone and sent as ISO instants (hidden inputs).
 */
export function NewAssignmentForm({ course }: { course: string }) {
  const [state, action, pending] = useActionState(createAssignmentAction.bind(null, course), EMPTY_FORM_RESULT);
  const [slug, setSlug] = useState("");
  const [title, setTitle] = useState("");
  const [opensAt, setOpensAt] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [problems, setProblems] = useState<ProblemRow[]>([{ problem: "", points: "10" }]);
  const [late, setLate] = useState<LateRow[]>([]);

  const setProblem = (i: number, patch: Partial<ProblemRow>) =>
    setProblems((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setWindow = (i: number, patch: Partial<LateRow>) =>
    setLate((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <form action={action} className="mt-4 space-y-5" data-testid="new-assignment-form" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="a-slug" name="slug" label="Short name (in links)" value={slug} onChange={setSlug} />
        <TextInput id="a-title" name="title" label="Title" value={title} onChange={setTitle} />
        <TimeInput id="a-opens" name="opensAt" label="Opens at" value={opensAt} onChange={setOpensAt} />
        <TimeInput id="a-due" name="dueAt" label="Due at" value={dueAt} onChange={setDueAt} />
      </div>

      <fieldset className="space-y-2">
        <legend className="label">Problems and points</legend>
        {problems.map((row, i) => (
          <div key={i} className="flex gap-2" data-testid="problem-row">
            <input
              aria-label={`Problem ${i + 1}`}
              name="problem"
              className="input font-mono"
              placeholder="problem slug, e.g. a-plus-b"
              value={row.problem}
              onChange={(e) => setProblem(i, { problem: e.target.value })}
            />
            <input
              aria-label={`Points for problem ${i + 1}`}
              name="points"
              type="number"
              min="0"
              step="any"
              className="input w-28"
              value={row.points}
              onChange={(e) => setProblem(i, { points: e.target.value })}
            />
            <RemoveButton
              label={`Remove problem ${i + 1}`}
              onClick={() => setProblems((r) => r.filter((_, j) => j !== i))}
            />
          </div>
        ))}
        <AddButton onClick={() => setProblems((r) => [...r, { problem: "", points: "10" }])}>Add a problem</AddButton>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="label">Late windows after the due date</legend>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Each window gives a share of the points until its end, e.g. 80 % until a day after the due date.
        </p>
        {late.map((row, i) => (
          <div key={i} className="flex items-center gap-2" data-testid="late-row">
            <input
              aria-label={`Late window ${i + 1} ends`}
              type="datetime-local"
              className="input"
              value={row.until}
              onChange={(e) => setWindow(i, { until: e.target.value })}
            />
            <input type="hidden" name="lateUntil" value={localInputToIso(row.until)} />
            <input
              aria-label={`Late window ${i + 1} credit in percent`}
              name="latePercent"
              type="number"
              min="0"
              max="100"
              className="input w-24"
              value={row.percent}
              onChange={(e) => setWindow(i, { percent: e.target.value })}
            />
            <span className="text-sm text-zinc-500">%</span>
            <RemoveButton
              label={`Remove late window ${i + 1}`}
              onClick={() => setLate((r) => r.filter((_, j) => j !== i))}
            />
          </div>
        ))}
        <AddButton onClick={() => setLate((r) => [...r, { until: "", percent: "80" }])}>Add a late window</AddButton>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="a-after" className="label">
            After the last window
          </label>
          <select id="a-after" name="afterLate" className="input" defaultValue="closed">
            <option value="closed">Closed: submissions are refused</option>
            <option value="practice">Practice: judged, never counted</option>
          </select>
        </div>
        <div>
          <label htmlFor="a-counts" className="label">
            Which submission counts
          </label>
          <select id="a-counts" name="counts" className="input" defaultValue="best">
            <option value="best">The best one</option>
            <option value="last">The last one before the cutoff</option>
          </select>
        </div>
      </div>

      {state.error && (
        <Alert tone="error" testId="assignment-error">
          {state.error}
        </Alert>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create assignment"}
      </button>
    </form>
  );
}

function TextInput(props: { id: string; name: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div>
      <label htmlFor={props.id} className="label">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        className="input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** A local date-time picker whose form value is the ISO instant (hidden input of the same name). */
function TimeInput(props: { id: string; name: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div>
      <label htmlFor={props.id} className="label">
        {props.label} <span className="font-normal text-zinc-500">(your time zone)</span>
      </label>
      <input
        id={props.id}
        type="datetime-local"
        className="input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <input type="hidden" name={props.name} value={localInputToIso(props.value)} />
    </div>
  );
}

function AddButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="text-sm font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
    >
      + {children}
    </button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      className="rounded-md px-2 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:hover:bg-zinc-800"
    >
      ×
    </button>
  );
}
