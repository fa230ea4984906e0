"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { joinCourseAction } from "./actions";

/** A join code → the course (the action redirects there). */
export function JoinCourseForm() {
  const [state, action, pending] = useActionState(joinCourseAction, EMPTY_FORM_RESULT);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="join-form" noValidate>
      <div className="min-w-48 flex-1">
        <label htmlFor="code" className="label">
          Join code
        </label>
        <input
          id="code"
          name="code"
          className="input font-mono tracking-wider uppercase"
          placeholder="7KQ4-M2XD"
          autoComplete="off"
          required
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </button>
      {state.error && (
        <Alert tone="error" testId="join-error" className="w-full">
          {state.error}
        </Alert>
      )}
    </form>
  );
}
