import { can } from "@arbiter/core";
import { listEditableProblems, listUploadCourses } from "@arbiter/core/authoring";
import type { Metadata } from "next";
import Link from "next/link";
import { UploadPackageForm } from "@/components/authoring/UploadPackageForm";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

export const metadata: Metadata = { title: "Author problems" };

/**
 * Problem authoring: upload a package (into the archive for instructors, into a course
 * one teaches), and the problems one may edit. Someone who may do neither is told so.
 */
export default async function AuthorPage({ searchParams }: { searchParams: Promise<{ course?: string }> }) {
  const user = await requireUser("/author");
  const db = getDb();
  const [problems, courses] = await Promise.all([listEditableProblems(db, user), listUploadCourses(db, user)]);
  const { course: preferred } = await searchParams;
  const targets = [
    ...(can(user, "problem.import", { kind: "site" })
      ? [{ value: "", label: "The archive (private to you until you publish it)" }]
      : []),
    ...courses.map((c) => ({ value: c.slug, label: `Course: ${c.title} (private to the course until published)` })),
  ].sort((a, b) => Number(b.value === preferred) - Number(a.value === preferred));

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Author problems</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Upload a Kattis/ICPC problem package. It gets the same checks as{" "}
          <code className="font-mono text-xs">arbiter problem:import</code>, and the solutions it ships in{" "}
          <code className="font-mono text-xs">submissions/</code> are judged to verify it.
        </p>
      </div>

      {targets.length === 0 ? (
        <p className="card p-6 text-sm text-zinc-600 dark:text-zinc-400" data-testid="author-not-allowed">
          Only instructors can add problems: to the archive, or to a course they teach.
        </p>
      ) : (
        <section className="card space-y-3 p-5">
          <h2 className="text-lg font-semibold tracking-tight">Upload a package</h2>
          <UploadPackageForm targets={targets} testId="upload-form" />
        </section>
      )}

      {problems.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold tracking-tight">Problems you can edit</h2>
          <ul className="card divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="editable-problems">
            {problems.map((p) => (
              <li key={p.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3" data-problem={p.slug}>
                <Link href={`/author/${p.slug}`} className="font-medium hover:underline">
                  {p.title}
                </Link>
                <span className="font-mono text-xs text-zinc-500">{p.slug}</span>
                <span className="text-xs text-zinc-500">{p.course ? p.course.title : "Archive"}</span>
                <span
                  className={`ml-auto rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${
                    p.isPublic
                      ? "text-emerald-700 ring-emerald-600/25 dark:text-emerald-300"
                      : "text-zinc-600 ring-zinc-400/30 dark:text-zinc-300"
                  }`}
                >
                  {p.isPublic ? "Published" : "Private"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
