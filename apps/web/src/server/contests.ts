import "server-only";
import { isAppError } from "@arbiter/core";
import { getContestOverview, type ContestOverview } from "@arbiter/core/contests";
import type { User } from "@arbiter/db";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "./auth";
import { getDb } from "./context";

/**
 * The signed-in user and the contest as they may see it, once per render (the layout and
 * the page share it). A contest they may not see is a 404, exactly like a missing one.
 */
export const loadContest = cache(async (slug: string): Promise<{ user: User; overview: ContestOverview }> => {
  const user = await requireUser(`/contests/${slug}`);
  try {
    return { user, overview: await getContestOverview(getDb(), user, slug) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});
