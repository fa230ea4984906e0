import { isAppError } from "@arbiter/core";
import { getContestReveal } from "@arbiter/core/contests";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { RevealPlayer } from "@/components/contest/RevealPlayer";
import { startRows } from "@/lib/revealBoard";
import { getDb } from "@/server/context";
import { loadContest } from "@/server/contests";

export const metadata: Metadata = { title: "Reveal" };

/** The jury's resolver, after the end: the frozen board revealed cell by cell, bottom up. */
export default async function RevealPage({ params }: { params: Promise<{ contest: string }> }) {
  const { contest: slug } = await params;
  const { user, overview: c } = await loadContest(slug);
  if (!c.isJury) notFound();
  let reveal;
  try {
    reveal = await getContestReveal(getDb(), user, slug);
  } catch (error) {
    if (isAppError(error) && error.reason === "contest_not_over") {
      return <Alert tone="info">The reveal opens once the contest is over.</Alert>;
    }
    throw error;
  }
  return (
    <RevealPlayer
      problems={c.problems ?? []}
      start={startRows(reveal.frozen.rows)}
      steps={reveal.steps}
      ioi={c.format === "ioi"}
    />
  );
}
