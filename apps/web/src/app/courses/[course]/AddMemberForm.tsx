"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT } from "@/lib/formResult";
import { addMemberAction } from "./actions";

/** Email, role and section → addCourseMember (the account is created when missing). */
export function AddMemberForm({ course, sections }: { course: string; sections: string[] }) {
  const [state, action, pending] = useActionState(addMemberAction.bind(null, course), EMPTY_FORM_RESULT);
  const v = state.values ?? {};
  return (
    <form
      action={action}
      className="card flex flex-wrap items-end gap-3 p-4"
      data-testid="add-member-form"
      noValidate
      key={JSON.stringify(v)}
    >
      <div className="min-w-56 flex-1">
        <label htmlFor="member-email" className="label">
          Email
        </label>
        <input id="member-email" name="email" type="email" className="input" defaultValue={v.email ?? ""} required />
      </div>
      <div>
        <label htmlFor="member-role" className="label">
          Role
        </label>
        <select id="member-role" name="role" className="input" defaultValue={v.role ?? "student"}>
          <option value="student">Student</option>
          <option value="ta">TA</option>
          <option value="instructor">Instructor</option>
        </select>
      </div>
      {sections.length > 0 && (
        <div>
          <label htmlFor="member-section" className="label">
            Section
          </label>
          <select id="member-section" name="section" className="input" defaultValue={v.section ?? ""}>
            <option value="">None</option>
            {sections.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Adding…" : "Add member"}
      </button>
      {state.error && (
        <Alert tone="error" testId="add-member-error" className="w-full">
          {state.error}
        </Alert>
      )}
      {state.done && (
        <Alert tone="info" testId="add-member-done" className="w-full">
          {state.done}
        </Alert>
      )}
    </form>
  );
}
