"use client";

import { ActionForm } from "@/components/ActionForm";
import { rejudgeAssignmentAction } from "../actions";

/** One button: every submission of the assignment is judged again (after a test or checker fix). */
export function RejudgeAssignmentForm({ course, assignment }: { course: string; assignment: string }) {
  return (
    <ActionForm
      action={rejudgeAssignmentAction.bind(null, { course, assignment })}
      submitLabel="Rejudge all submissions"
      testId="rejudge-assignment"
      layout="inline"
      tone="secondary"
    />
  );
}
