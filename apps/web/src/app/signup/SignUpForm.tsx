"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { FormField } from "@/components/FormField";
import { NewPasswordFields } from "@/components/NewPasswordFields";
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
      <NewPasswordFields
        label="Password"
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters. A few unrelated words make a strong one.`}
        errors={errors}
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
