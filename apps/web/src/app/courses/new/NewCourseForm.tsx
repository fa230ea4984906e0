"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { FormField } from "@/components/FormField";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { createCourseAction } from "../actions";

/** Slug, title, term and sections; the core validates, the error names the field. */
export function NewCourseForm() {
  const [state, action, pending] = useActionState(createCourseAction, EMPTY_FORM_RESULT);
  const v = (name: string) => state.values?.[name] ?? "";
  const fieldError = (name: string) => (state.field === name ? (state.error ?? undefined) : undefined);
  return (
    <form
      action={action}
      className="space-y-5"
      data-testid="new-course-form"
      noValidate
      key={JSON.stringify(state.values ?? {})}
    >
      <FormField
        id="slug"
        defaultValue={v("slug")}
        label="Short name (in links)"
        placeholder="cs101-2026"
        hint="Lowercase letters, digits, - and _. It cannot be changed later."
        required
        error={fieldError("slug")}
      />
      <FormField
        id="title"
        defaultValue={v("title")}
        label="Title"
        placeholder="Introduction to Programming"
        required
        error={fieldError("title")}
      />
      <FormField id="term" defaultValue={v("term")} label="Term" placeholder="Autumn 2026" error={fieldError("term")} />
      <div>
        <label htmlFor="sections" className="label">
          Sections
        </label>
        <textarea
          id="sections"
          name="sections"
          defaultValue={v("sections")}
          rows={3}
          className="input"
          placeholder={"Lab A\nLab B"}
          aria-describedby="sections-hint"
        />
        <p id="sections-hint" className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          One per line; optional.
        </p>
      </div>
      {state.error && !["slug", "title", "term"].includes(state.field ?? "") && (
        <Alert tone="error" testId="course-error">
          {state.error}
        </Alert>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create course"}
      </button>
    </form>
  );
}
