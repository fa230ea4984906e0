import { deleteSession } from "@arbiter/core";
import { cookies } from "next/headers";
import { SESSION_COOKIE, refuseCrossSite } from "@/server/auth";
import { getDb } from "@/server/context";
import { errorResponse } from "@/server/http";

/**
 * Sign out (POST only, so a link or image elsewhere cannot sign anyone out; and only
 * from our own pages, so a form elsewhere cannot either).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    refuseCrossSite(request);
  } catch (error) {
    return errorResponse(error);
  }
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
