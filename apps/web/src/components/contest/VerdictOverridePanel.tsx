import type { VerdictOverrideView } from "@arbiter/core/contests";
import { overrideVerdict } from "@/app/contests/[contest]/actions";
import { ActionForm } from "@/components/ActionForm";
import { formatDateTime } from "@/lib/format";

const VERDICTS = ["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE"] as const;

/**
 * The jury's verdict override on a contest submission's page: pick a verdict, say why;
 * below it the audit of earlier overrides (who, when, old → new, why).
 */
export function VerdictOverridePanel({
  contest,
  submissionId,
  canOverride,
  overrides,
}: {
  contest: string;
  submissionId: string;
  canOverride: boolean;
  overrides: VerdictOverrideView[];
}) {
  return (
    <section aria-labelledby="override-heading" className="card space-y-3 p-4" data-testid="verdict-override">
      <h2 id="override-heading" className="text-base font-semibold tracking-tight">
        Jury: override the verdict
      </h2>
      {canOverride ? (
        <ActionForm action={overrideVerdict} submitLabel="Override" testId="override-form" layout="inline">
          <input type="hidden" name="contest" value={contest} />
          <input type="hidden" name="id" value={submissionId} />
          <div>
            <label htmlFor="override-verdict" className="label">
              New verdict
            </label>
            <select id="override-verdict" name="verdict" className="input" defaultValue="AC">
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-64 flex-1">
            <label htmlFor="override-reason" className="label">
              Reason (kept in the audit log)
            </label>
            <input id="override-reason" name="reason" required minLength={3} maxLength={1000} className="input" />
          </div>
        </ActionForm>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Overrides are possible once the submission is judged, and in ICPC contests only (rejudge an IOI one).
        </p>
      )}
      {overrides.length > 0 && (
        <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="override-audit">
          {overrides.map((o) => (
            <li key={o.id} className="py-2">
              <span className="font-mono">
                {o.oldVerdict ?? "—"} → {o.newVerdict}
              </span>{" "}
              by {o.by ?? "a deleted account"} at {formatDateTime(o.createdAt)}: {o.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
