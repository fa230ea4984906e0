"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { FormField } from "@/components/FormField";
import { signUp, type SignUpState } from "./actions";

const initialState: SignUpState = { fieldErrors: {}, error: null, values: { name: "", email: "" } };

export function SignUpForm({ returnTo, minPasswordLength }: { returnTo: string; minPasswordLength: number }) {
  const [state, action, pending] = useActionState(signUp, initialState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-5" data-testid="signup-form" noValidate>
      <input type="hidden" name="next" value={returnTo} />
      <FormField
        id="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values.name}
        error={errors.name}
      />
      <FormField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values.email}
        error={errors.email}
      />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={errors.password}
        hint={`At least ${minPasswordLength} characters. A few unrelated words make a strong one.`}
      />
      <FormField
        id="confirm"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
      {state.error && (
        <Alert tone="error" testId="signup-error">
          {state.error}
        </Alert>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
