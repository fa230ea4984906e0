"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { FormField } from "@/components/FormField";
import { NewPasswordFields } from "@/components/NewPasswordFields";
import { changePassword, type ChangePasswordState } from "./actions";

const initialState: ChangePasswordState = { fieldErrors: {}, error: null, done: null };

export function ChangePasswordForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState(changePassword, initialState);
  const errors = state.fieldErrors;
  return (
    // A changed password clears the fields (the key remounts them); a refused one keeps nothing typed either.
    <form action={action} className="space-y-5" data-testid="password-form" noValidate key={state.done ?? "form"}>
      <FormField
        id="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.current}
      />
      <NewPasswordFields
        label="New password"
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters.`}
        errors={errors}
      />
      {state.error && (
        <Alert tone="error" testId="password-error">
          {state.error}
        </Alert>
      )}
      {state.done && (
        <Alert tone="info" testId="password-changed">
          {state.done}
        </Alert>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
