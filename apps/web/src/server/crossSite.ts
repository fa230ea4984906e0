// No "server-only" here: pure logic, imported by the auth helpers and by its unit test.

/** Methods that change something; only these need to prove where they come from. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a browser sent this state-changing request from another site: a page
 * elsewhere posting a form or a `text/plain` fetch, which carries our SameSite=Lax
 * cookie only on top-level form posts but still must not act as the signed-in user.
 * Browsers mark every request with `Sec-Fetch-Site`; older ones at least send `Origin`
 * on POST, compared with the `Host` the request was sent to. A request with neither
 * comes from no browser (curl, scripts), which cannot ride anyone's cookie.
 */
export function isCrossSiteRequest(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  // "none": the person typed the address or used a bookmark (never a POST in practice).
  if (site) return site !== "same-origin" && site !== "none";
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, file:) throws: cross-site
  } catch {
    return true;
  }
  return originHost !== (headers.get("host") ?? "");
}
