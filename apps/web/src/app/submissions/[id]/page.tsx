import { getProblemPage, getSubmissionView, isAppError } from "@arbiter/core";
import { LANGUAGES, isLanguageId } from "@arbiter/shared";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyButton } from "@/components/CopyButton";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { SubmissionLive } from "./SubmissionLive";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ delayed?: string | string[] }>;
}

export const metadata: Metadata = { title: "Submission" };

export default async function SubmissionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const delayed = (await searchParams).delayed !== undefined;
  const user = await requireUser(`/submissions/${id}`);
  const db = getDb();

  let view;
  try {
    view = await getSubmissionView(db, user, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }

  // getSubmissionView has just checked that this user may see the submission.
  const [row, problemTitle] = await Promise.all([
    db.submission.findUnique({ where: { id }, select: { source: true } }),
    getProblemPage(db, view.problem).then(
      (p) => p.title,
      () => view.problem,
    ),
  ]);
  const languageName = isLanguageId(view.language) ? LANGUAGES[view.language].name : view.language;
  const source = row?.source ?? "";

  return (
    <div className="space-y-8">
      <SubmissionLive initial={view} problemTitle={problemTitle} languageName={languageName} delayed={delayed} />

      <section aria-labelledby="source-heading">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="source-heading" className="text-lg font-semibold tracking-tight">
            Source
          </h2>
          <CopyButton text={source} label="Copy source code" />
        </div>
        <pre className="code-block max-h-[36rem] bg-white dark:bg-zinc-900" data-testid="source">
          <code>{source}</code>
        </pre>
      </section>
    </div>
  );
}
