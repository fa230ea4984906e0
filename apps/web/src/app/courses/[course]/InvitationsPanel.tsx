"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { CopyButton } from "@/components/CopyButton";
import { LocalTime } from "@/components/LocalTime";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { issueInvitationsAction, type InvitationLinksState } from "./actions";

const initialState: InvitationLinksState = { error: null, links: [], skipped: [], csv: "", ran: false };

/**
 * One-time links with which students whose accounts were made for them (roster import,
 * adding by email) set a password: for one student, or for everyone who cannot sign in
 * yet, with a CSV download for mail merge. Links are shown once; making new ones replaces
 * the unused old ones.
 */
export function InvitationsPanel({ course }: { course: string }) {
  const [state, action, pending] = useActionState(issueInvitationsAction.bind(null, course), initialState);
  return (
    <section className="card space-y-4 p-6" aria-labelledby="invitations-heading" data-testid="invitations">
      <div>
        <h2 id="invitations-heading" className="text-lg font-semibold tracking-tight">
          Invitation links
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Accounts made by a roster import have no password. Give each student their link: it lets them choose a
          password once, and stops working after 14 days. Making a new link cancels the old one.
        </p>
      </div>
      <form action={action} className="flex flex-wrap items-end gap-2" data-testid="invitations-form">
        <div className="min-w-64 flex-1">
          <label htmlFor="invite-email" className="label">
            Student email <span className="font-normal text-zinc-500">(empty: everyone without a password)</span>
          </label>
          <input id="invite-email" name="email" type="email" className="input w-full" />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Working…" : "Create links"}
        </button>
      </form>
      {state.error && (
        <Alert tone="error" testId="invitations-error">
          {state.error}
        </Alert>
      )}
      {state.ran && !state.error && state.links.length === 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="invitations-none">
          Nobody to invite: every member can already sign in.
        </p>
      )}
      {state.skipped.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-zinc-600 dark:text-zinc-400" data-testid="invitations-skipped">
          {state.skipped.map((s) => (
            <li key={s.email}>
              {s.email}: {s.reason}
            </li>
          ))}
        </ul>
      )}
      {state.links.length > 0 && (
        <>
          <div className="flex items-center justify-between gap-3">
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              {state.links.length} {state.links.length === 1 ? "link" : "links"}, shown only now.
            </p>
            <a
              className="btn-secondary"
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(state.csv)}`}
              download={`${course}-invitations.csv`}
              data-testid="invitations-csv"
            >
              Download CSV
            </a>
          </div>
          <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
            <Table
              testId="invitation-links"
              caption="Invitation links"
              head={
                <>
                  <HeaderCell className="px-3 py-2">Student</HeaderCell>
                  <HeaderCell className="px-3 py-2">Link</HeaderCell>
                  <HeaderCell className="px-3 py-2">Expires</HeaderCell>
                </>
              }
            >
              {state.links.map((l) => (
                <tr key={l.email} data-invited={l.email}>
                  <Cell className="px-3 py-2">
                    <div className="font-medium">{l.name}</div>
                    <div className="text-xs text-zinc-500">{l.email}</div>
                  </Cell>
                  <Cell className="px-3 py-2">
                    <span className="flex items-center gap-1">
                      <code className="max-w-72 truncate text-xs" data-testid="invitation-link">
                        {l.link}
                      </code>
                      <CopyButton text={l.link} label={`Copy the link for ${l.email}`} />
                    </span>
                  </Cell>
                  <Cell className="px-3 py-2 whitespace-nowrap">
                    <LocalTime iso={l.expiresAt} />
                  </Cell>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
