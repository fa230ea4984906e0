import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, safeNextPath } from "@/server/auth";

/**
 * The page to go back to after signing in or up, from `?next=`; someone already signed
 * in is sent there straight away.
 */
export async function returnPathForGuest(searchParams: Promise<{ next?: string | string[] }>): Promise<string> {
  const { next } = await searchParams;
  const returnTo = safeNextPath(Array.isArray(next) ? next[0] : next);
  if (await getCurrentUser()) redirect(returnTo);
  return returnTo;
}
