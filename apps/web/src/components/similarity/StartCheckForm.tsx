"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { startCheckAction, type CheckOrigin } from "@/app/similarity/actions";

interface Props {
  origin: CheckOrigin;
  /** "Run check" the first time, "Re-run" after. */
  label: string;
}

/** Starts a similarity check of one problem; on success the report page opens. */
export function StartCheckForm({ origin, label }: Props) {
  const [state, action, pending] = useActionState(startCheckAction.bind(null, origin), EMPTY_FORM_RESULT);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid={`start-check-${origin.problem}`}>
      <label className="flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-400">
        <input type="checkbox" name="scope" value="all" />
        all submissions
      </label>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Starting…" : label}
      </button>
      {state.error && (
        <Alert tone="error" testId="start-check-error" className="w-full">
          {state.error}
        </Alert>
      )}
    </form>
  );
}
