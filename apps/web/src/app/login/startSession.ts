import "server-only";
import { createSession } from "@arbiter/core";
import { cookies } from "next/headers";
import { SESSION_COOKIE, isHttpsRequest } from "@/server/auth";
import { getDb } from "@/server/context";

/** Signs `userId` in on this browser: a new session row and its HttpOnly cookie. */
export async function startSession(userId: string): Promise<void> {
  const session = await createSession(getDb(), userId);
  (await cookies()).set(SESSION_COOKIE, session.cookieValue, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttpsRequest(),
    path: "/",
    expires: session.expiresAt,
  });
}
