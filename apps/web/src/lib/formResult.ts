/** What a course form's server action answers: a message for the person, or what was done. */
export interface FormResult {
  error: string | null;
  /** The form field the error is about, when the core named one. */
  field?: string | undefined;
  done?: string | null;
  /**
   * What was typed, sent back on a refusal: React resets a form after its action runs,
   * and nobody should type a whole assignment again because of one wrong date.
   */
  values?: Record<string, string> | undefined;
}

/** The text fields of a form, to send back with a refusal. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  return values;
}

/** The state of a form before its first submit. */
export const EMPTY_FORM_RESULT: FormResult = { error: null, done: null };
