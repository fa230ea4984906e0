import "server-only";
import { AppError, authenticateToken, getSessionUser } from "@arbiter/core";
import type { User } from "@arbiter/db";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "./context";

export { safeReturnPath } from "@/lib/safeReturnPath";

export const SESSION_COOKIE = "arbiter_session";

/** The signed-in user of this request (pages, layouts, server actions); deduplicated per render. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const cookieValue = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!cookieValue) return null;
  return getSessionUser(getDb(), cookieValue);
});

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * The caller of an API request: a Bearer token when an Authorization header is sent
 * (a bad token is 401 even with a valid cookie, so scripts never act as someone
 * else by accident), otherwise the browser's session cookie.
 */
export async function authenticateRequest(request: Request): Promise<User> {
  const db = getDb();
  const authorization = request.headers.get("authorization");
  const user = authorization
    ? await authenticateToken(db, authorization)
    : await getSessionUser(db, (await cookies()).get(SESSION_COOKIE)?.value ?? null);
  if (!user) {
    throw new AppError("unauthorized", "Send a valid API token as 'Authorization: Bearer <token>', or sign in.");
  }
  return user;
}

/** Whether the browser reached us over HTTPS (directly or through a TLS-terminating proxy). */
export async function isHttpsRequest(): Promise<boolean> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return (h.get("origin") ?? "").startsWith("https://");
}
