"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { localInputToIso } from "@/lib/localDateTime";
import { setExtensionAction } from "../actions";

interface Props {
  course: string;
  assignment: string;
  students: { email: string; name: string }[];
}

/** Student and new due date (in the browser's zone, sent as an ISO instant) → setExtension. */
export function ExtensionForm({ course, assignment, students }: Props) {
  const [state, action, pending] = useActionState(
    setExtensionAction.bind(null, { course, assignment }),
    EMPTY_FORM_RESULT,
  );
  const [dueAt, setDueAt] = useState("");
  const [email, setEmail] = useState(students[0]?.email ?? "");
  // Submitted by hand rather than through `action=`: React resets a form after its action,
  // which would show the first student again beside the date just granted to another.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  if (students.length === 0) return <p className="text-sm text-zinc-600">The course has no students yet.</p>;
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="extension-form" noValidate>
      <div className="min-w-56 flex-1">
        <label htmlFor="ext-email" className="label">
          Student
        </label>
        <select id="ext-email" name="email" className="input" value={email} onChange={(e) => setEmail(e.target.value)}>
          {students.map((s) => (
            <option key={s.email} value={s.email}>
              {s.name} ({s.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ext-due" className="label">
          New due date <span className="font-normal text-zinc-500">(your time zone)</span>
        </label>
        <input
          id="ext-due"
          type="datetime-local"
          className="input"
          value={dueAt}
          onChange={(e) => setDueAt(e.target.value)}
        />
        <input type="hidden" name="dueAt" value={localInputToIso(dueAt)} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Grant extension"}
      </button>
      {state.error && (
        <Alert tone="error" testId="extension-error" className="w-full">
          {state.error}
        </Alert>
      )}
      {state.done && (
        <Alert tone="info" testId="extension-done" className="w-full">
          {state.done}
        </Alert>
      )}
    </form>
  );
}
