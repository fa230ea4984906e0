"use client";

import { useActionState, type ReactNode } from "react";
import { Alert } from "./Alert";

/** What a form's server action answers: a message for people, never internals. */
export interface ActionState {
  error: string | null;
  done?: string | null;
}

interface ActionFormProps {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: ReactNode;
  testId: string;
  /** "inline": fields and button on one line (filters, small jury actions). */
  layout?: "stacked" | "inline";
  tone?: "primary" | "secondary";
}

/**
 * A form posting to a server action, with its pending state and the answer (error or
 * success) shown under it. Used by every small contest form, so each shows failures the same way.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  testId,
  layout = "stacked",
  tone = "primary",
}: ActionFormProps) {
  const [state, run, pending] = useActionState(action, { error: null });
  return (
    <form
      action={run}
      data-testid={testId}
      className={layout === "inline" ? "flex flex-wrap items-end gap-2" : "space-y-3"}
    >
      {children}
      <button type="submit" className={tone === "primary" ? "btn-primary" : "btn-secondary"} disabled={pending}>
        {pending ? "Working…" : submitLabel}
      </button>
      {state.error && (
        <Alert tone="error" testId={`${testId}-error`} className={layout === "inline" ? "basis-full" : ""}>
          {state.error}
        </Alert>
      )}
      {!state.error && state.done && (
        <Alert tone="info" testId={`${testId}-done`} className={layout === "inline" ? "basis-full" : ""}>
          {state.done}
        </Alert>
      )}
    </form>
  );
}
