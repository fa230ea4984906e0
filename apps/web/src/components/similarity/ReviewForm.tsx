"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { reviewPairAction } from "@/app/similarity/actions";

interface Props {
  checkId: string;
  pairId: string;
  current: { verdict: "fine" | "suspicious"; note: string } | null;
}

/** Mark a pair "reviewed — fine" or "suspicious", with a note for the other staff. */
export function ReviewForm({ checkId, pairId, current }: Props) {
  const [state, action, pending] = useActionState(reviewPairAction.bind(null, { checkId, pairId }), EMPTY_FORM_RESULT);
  return (
    <form action={action} className="space-y-3" data-testid="review-form">
      <div>
        <label htmlFor="review-note" className="label">
          Note
        </label>
        <textarea
          id="review-note"
          name="note"
          rows={2}
          className="input"
          defaultValue={current?.note ?? ""}
          maxLength={2000}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="verdict" value="fine" className="btn-secondary" disabled={pending}>
          Reviewed — fine
        </button>
        <button type="submit" name="verdict" value="suspicious" className="btn-primary" disabled={pending}>
          Suspicious
        </button>
      </div>
      {state.error && (
        <Alert tone="error" testId="review-error">
          {state.error}
        </Alert>
      )}
      {state.done && (
        <Alert tone="info" testId="review-done">
          {state.done}
        </Alert>
      )}
    </form>
  );
}
