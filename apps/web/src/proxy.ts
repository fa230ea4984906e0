import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/contentSecurityPolicy";

/**
 * A fresh script nonce for every request. Next renders every page per request (the
 * root layout reads the session cookie), finds the nonce in the request's
 * Content-Security-Policy header and puts it on its own inline and bootstrap scripts;
 * the response carries the same policy to the browser.
 */
export function proxy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not the build's hashed files and the icon: no document runs under them, and they
  // are the bulk of requests.
  matcher: ["/((?!_next/static|_next/image|icon\\.svg|favicon\\.ico).*)"],
};
