import { listClarifications, type ClarificationView } from "@arbiter/core/contests";
import type { Metadata } from "next";
import { ActionForm } from "@/components/ActionForm";
import { formatDateTime } from "@/lib/format";
import { getDb } from "@/server/context";
import { loadContest } from "@/server/contests";
import { answer, askJury } from "../actions";

export const metadata: Metadata = { title: "Clarifications" };

/**
 * Questions and answers. Participants ask (about a problem or in general) and read their
 * team's answers and everything sent to all; the jury sees every question, answers it to
 * its asker or to everyone, and posts announcements.
 */
export default async function ClarificationsPage({ params }: { params: Promise<{ contest: string }> }) {
  const { contest: slug } = await params;
  const { user, overview: c } = await loadContest(slug);
  const { clarifications, unanswered } = await listClarifications(getDb(), user, slug);
  const mayAsk = c.isJury || c.official !== null;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="clar-heading" className="min-w-0">
        <h2 id="clar-heading" className="mb-3 text-lg font-semibold tracking-tight">
          {c.isJury ? `Inbox · ${unanswered ?? 0} unanswered` : "Answers and announcements"}
        </h2>
        {clarifications.length === 0 ? (
          <p className="card px-6 py-8 text-center text-sm text-zinc-600 dark:text-zinc-400">Nothing yet.</p>
        ) : (
          <ul className="space-y-3" data-testid="clarifications">
            {clarifications.map((q) => (
              <ClarificationItem key={q.id} q={q} slug={slug} jury={c.isJury} />
            ))}
          </ul>
        )}
      </section>
      {mayAsk && (
        <aside className="card h-fit p-4">
          <h2 className="mb-3 font-semibold">{c.isJury ? "Announce to everyone" : "Ask the jury"}</h2>
          <ActionForm action={askJury} submitLabel={c.isJury ? "Announce" : "Send question"} testId="ask-form">
            <input type="hidden" name="contest" value={slug} />
            <div>
              <label htmlFor="problem" className="label">
                About
              </label>
              <select id="problem" name="problem" className="input">
                <option value="">General</option>
                {(c.problems ?? []).map((p) => (
                  <option key={p.label} value={p.label}>
                    Problem {p.label} · {p.title}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="text" className="label">
                {c.isJury ? "Announcement" : "Question"}
              </label>
              <textarea id="text" name="text" rows={4} maxLength={5000} required className="input" />
            </div>
          </ActionForm>
        </aside>
      )}
    </div>
  );
}

function ClarificationItem({ q, slug, jury }: { q: ClarificationView; slug: string; jury: boolean }) {
  const announcement = q.toAll && q.answer === null;
  return (
    <li className="card p-4" data-testid="clarification" data-id={q.id} data-answered={q.answer !== null}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span className="font-semibold text-zinc-700 dark:text-zinc-300">
          {announcement ? "Announcement" : q.mine ? "Your question" : "Question"}
        </span>
        <span>{q.problem ? `Problem ${q.problem}` : "General"}</span>
        <span>{formatDateTime(q.createdAt)}</span>
        {q.toAll && q.answer !== null && (
          <span className="rounded bg-amber-100 px-1.5 text-amber-900">answered to all</span>
        )}
      </div>
      <p className="mt-2 text-sm whitespace-pre-wrap">{q.text}</p>
      {q.answer !== null && (
        <div
          className="mt-3 rounded-lg bg-emerald-50 p-3 text-sm dark:bg-emerald-500/10"
          data-testid="clarification-answer"
        >
          <span className="font-semibold">Jury: </span>
          <span className="whitespace-pre-wrap">{q.answer}</span>
        </div>
      )}
      {jury && !announcement && (
        <div className="mt-3">
          <ActionForm
            action={answer}
            submitLabel={q.answer === null ? "Answer" : "Change answer"}
            testId="answer-form"
            tone="secondary"
          >
            <input type="hidden" name="contest" value={slug} />
            <input type="hidden" name="id" value={q.id} />
            <label htmlFor={`answer-${q.id}`} className="sr-only">
              Answer
            </label>
            <textarea
              id={`answer-${q.id}`}
              name="answer"
              rows={2}
              required
              maxLength={5000}
              className="input"
              defaultValue={q.answer ?? ""}
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="toAll" defaultChecked={q.toAll} /> Send to everyone
            </label>
          </ActionForm>
        </div>
      )}
    </li>
  );
}
