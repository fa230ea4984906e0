import "server-only";
import { AppError, authenticateToken, getSessionUser } from "@arbiter/core";
import type { User } from "@arbiter/db";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "./context";
import { isCrossSiteRequest } from "./crossSite";
import { getEnv } from "./env";

export { safeNextPath } from "@/lib/safeNextPath";

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
 * else by accident), otherwise the browser's session cookie. A cookie counts for a
 * state-changing request only when it comes from our own pages (cross-site request
 * forgery); a token is sent on purpose and needs no such check.
 */
export async function authenticateRequest(request: Request): Promise<User> {
  const db = getDb();
  const authorization = request.headers.get("authorization");
  if (!authorization) refuseCrossSite(request);
  const user = authorization
    ? await authenticateToken(db, authorization)
    : await getSessionUser(db, (await cookies()).get(SESSION_COOKIE)?.value ?? null);
  if (!user) {
    throw new AppError("unauthorized", "Send a valid API token as 'Authorization: Bearer <token>', or sign in.");
  }
  return user;
}

/**
 * Whether the browser reached us over HTTPS. server.mjs speaks plain HTTP, so that takes
 * a TLS-terminating proxy, whose `X-Forwarded-Proto` counts only when the operator
 * declared proxies (`TRUSTED_PROXIES`); otherwise a client could claim it.
 */
export async function isHttpsRequest(): Promise<boolean> {
  if (getEnv().TRUSTED_PROXIES.kind === "none") return false;
  const forwarded = (await headers()).get("x-forwarded-proto")?.split(",").at(-1)?.trim();
  return forwarded === "https";
}

/** Throws `forbidden` for a state-changing request another site's page sent (see `isCrossSiteRequest`). */
export function refuseCrossSite(request: Request): void {
  if (isCrossSiteRequest(request.method, request.headers)) {
    throw new AppError("forbidden", "Requests from other sites are refused; use our pages or an API token.");
  }
}
