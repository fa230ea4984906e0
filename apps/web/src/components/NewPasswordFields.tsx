import { FormField } from "./FormField";

/** A new password and its confirmation (form fields `password` and `confirm`). */
export function NewPasswordFields({
  label,
  minLength,
  hint,
  errors,
}: {
  label: string;
  minLength: number;
  hint: string;
  errors: { password?: string | undefined; confirm?: string | undefined };
}) {
  return (
    <>
      <FormField
        id="password"
        label={label}
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        error={errors.password}
        hint={hint}
      />
      <FormField
        id="confirm"
        label={`Confirm ${label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
    </>
  );
}
