"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { CopyButton } from "@/components/CopyButton";
import { FormField } from "@/components/FormField";
import { createToken, type CreateTokenState } from "./tokenActions";

const initialState: CreateTokenState = { error: null, token: null };

/** Names a new token, picks its lifetime, and shows the token once. */
export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createToken, initialState);
  return (
    <form action={action} className="space-y-4" data-testid="token-form" key={state.token ?? "form"}>
      <FormField id="token-name" name="name" label="Name" hint="What uses it, e.g. “laptop script”." maxLength={100} />
      <div>
        <label htmlFor="token-expires" className="label">
          Expires
        </label>
        <select id="token-expires" name="expires" defaultValue="90" className="input">
          <option value="30">In 30 days</option>
          <option value="90">In 90 days</option>
          <option value="365">In a year</option>
          <option value="">Never</option>
        </select>
      </div>
      {state.error && (
        <Alert tone="error" testId="token-error">
          {state.error}
        </Alert>
      )}
      {state.token && (
        <Alert tone="info" testId="token-created">
          <p>Copy your new token now: it is shown only this once.</p>
          <p className="mt-2 flex items-center gap-2">
            <code className="font-mono text-xs break-all" data-testid="new-token">
              {state.token}
            </code>
            <CopyButton text={state.token} label="Copy token" />
          </p>
        </Alert>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
