"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { NewPasswordFields } from "@/components/NewPasswordFields";
import { acceptInvitation, type InvitationFormState } from "./actions";

const initialState: InvitationFormState = { error: null, fieldErrors: {} };

export function InvitationForm({
  token,
  email,
  minPasswordLength,
}: {
  token: string;
  email: string;
  minPasswordLength: number;
}) {
  const [state, action, pending] = useActionState(acceptInvitation.bind(null, token), initialState);
  return (
    <form action={action} className="space-y-5" data-testid="invitation-form" noValidate>
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <NewPasswordFields
        label="Password"
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters. A few unrelated words make a strong one.`}
        errors={state.fieldErrors}
      />
      {state.error && (
        <Alert tone="error" testId="invitation-error">
          {state.error}
        </Alert>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Setting your password…" : "Set password and sign in"}
      </button>
    </form>
  );
}
