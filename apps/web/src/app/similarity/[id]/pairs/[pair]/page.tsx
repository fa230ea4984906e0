import { isAppError } from "@arbiter/core";
import { getSimilarityPair } from "@arbiter/core/similarity";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/similarity/ReviewForm";
import { SideBySide } from "@/components/similarity/SideBySide";
import { percent } from "@/components/similarity/statusText";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

interface Props {
  params: Promise<{ id: string; pair: string }>;
}

export const metadata: Metadata = { title: "Similar pair" };

/** One pair side by side with its matched fragments, and the review mark (staff only). */
export default async function SimilarityPairPage({ params }: Props) {
  const { id, pair: pairId } = await params;
  const user = await requireUser(`/similarity/${id}/pairs/${pairId}`);
  let pair;
  try {
    pair = await getSimilarityPair(getDb(), user, id, pairId);
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href={`/similarity/${id}`} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            Similarity report
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="pair-title">
          #{pair.rank}: {pair.left.name} and {pair.right.name} — {percent(pair.similarity)} similar
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {pair.fragments.length} matched fragment{pair.fragments.length === 1 ? "" : "s"}, the longest{" "}
          {pair.longestFragment} lines. Each colour is one fragment; ↔ jumps to it on the other side.
        </p>
        <ol className="mt-2 flex flex-wrap gap-2 text-xs" data-testid="fragment-list">
          {pair.fragments.map((f, i) => (
            <li key={i} className="rounded bg-zinc-100 px-2 py-1 dark:bg-zinc-800">
              <a href={`#left-f${i}`} className="text-indigo-600 dark:text-indigo-400">
                lines {f.left.startLine}–{f.left.endLine}
              </a>{" "}
              ↔{" "}
              <a href={`#right-f${i}`} className="text-indigo-600 dark:text-indigo-400">
                {f.right.startLine}–{f.right.endLine}
              </a>
            </li>
          ))}
        </ol>
      </div>
      <SideBySide pair={pair} />
      <section className="card max-w-2xl p-6" aria-labelledby="review-heading">
        <h2 id="review-heading" className="text-lg font-semibold tracking-tight">
          Review
        </h2>
        {pair.review && (
          <p className="mt-1 mb-3 text-sm text-zinc-600 dark:text-zinc-400" data-testid="review-current">
            {pair.review.verdict === "fine" ? "Reviewed — fine" : "Suspicious"}, by {pair.review.reviewer}
            {pair.review.note ? `: ${pair.review.note}` : "."}
          </p>
        )}
        <ReviewForm checkId={id} pairId={pairId} current={pair.review} />
      </section>
    </div>
  );
}
