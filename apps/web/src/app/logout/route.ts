import { deleteSession } from "@arbiter/core";
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "@/server/auth";
import { getDb } from "@/server/context";

/** Sign out (POST only, so a link or image elsewhere cannot sign anyone out). */
export async function POST(): Promise<Response> {
  const jar = await cookies();
  const cookieValue = jar.get(SESSION_COOKIE)?.value;
  if (cookieValue) {
    try {
      await deleteSession(getDb(), cookieValue);
    } catch (error) {
      // The cookie is cleared below regardless; a stale row just expires.
      console.error("[web] could not delete session on sign-out:", error);
    }
  }
  jar.delete(SESSION_COOKIE);
  return new Response(null, { status: 303, headers: { location: "/login" } });
}
