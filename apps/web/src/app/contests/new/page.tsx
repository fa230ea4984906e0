import { can } from "@arbiter/core/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ActionForm";
import { FormField } from "@/components/FormField";
import { requireUser } from "@/server/auth";
import { createContestFromForm } from "./actions";

export const metadata: Metadata = { title: "New contest" };

/** Staff create a contest; its creator becomes its jury. */
export default async function NewContestPage() {
  const user = await requireUser("/contests/new");
  if (!can(user, "contest.create", { kind: "site" })) notFound();
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">New contest</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Times are UTC. You become the contest&apos;s jury.
      </p>
      <div className="card mt-6 p-6">
        <ActionForm action={createContestFromForm} submitLabel="Create contest" testId="new-contest-form">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="title" label="Title" required maxLength={200} />
            <FormField
              id="slug"
              label="Slug"
              required
              pattern="[a-z0-9][a-z0-9-]*"
              hint="Lower-case letters, digits and dashes."
            />
            <div>
              <label htmlFor="format" className="label">
                Format
              </label>
              <select id="format" name="format" className="input" defaultValue="icpc">
                <option value="icpc">ICPC (solved, penalty)</option>
                <option value="ioi">IOI (scores)</option>
              </select>
            </div>
            <FormField id="startsAt" label="Start (UTC)" type="datetime-local" required />
            <FormField
              id="durationMinutes"
              label="Duration (minutes)"
              type="number"
              min={1}
              required
              defaultValue={300}
            />
            <FormField
              id="freezeMinutes"
              label="Freeze (minutes before the end)"
              type="number"
              min={0}
              hint="Empty: no freeze."
            />
            <FormField
              id="penaltyMinutes"
              label="Penalty per rejected try (minutes)"
              type="number"
              min={0}
              defaultValue={20}
            />
            <FormField
              id="personalMinutes"
              label="Personal window (minutes)"
              type="number"
              min={1}
              hint="Empty: everyone together."
            />
            <div>
              <label htmlFor="registration" className="label">
                Registration
              </label>
              <select id="registration" name="registration" className="input" defaultValue="open">
                <option value="open">Open</option>
                <option value="code">With an invite code</option>
                <option value="staff">Added by the jury</option>
              </select>
            </div>
            <div className="flex flex-col justify-end gap-2 text-sm">
              <label className="flex items-center gap-2">
                <input type="checkbox" name="isPublic" defaultChecked /> Listed publicly
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="hideBoardUntilEnd" /> Hide the board until the end
              </label>
            </div>
          </div>
          <div>
            <label htmlFor="problems" className="label">
              Problems
            </label>
            <textarea
              id="problems"
              name="problems"
              rows={5}
              required
              className="input font-mono"
              placeholder={"A aplusb #ff0000\nB hello #0000ff"}
            />
            <p className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
              One per line: label, problem slug, optional balloon colour.
            </p>
          </div>
        </ActionForm>
      </div>
    </div>
  );
}
