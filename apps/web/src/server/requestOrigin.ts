import "server-only";
import { headers } from "next/headers";
import { isHttpsRequest } from "./auth";

/**
 * The origin the current page request came to (scheme from a trusted proxy's header),
 * for links staff copy out of the app (invitation links). It is the staff member's own
 * request, so a forged Host header only misleads the one who forged it.
 */
export async function requestOrigin(): Promise<string> {
  const host = (await headers()).get("host") ?? "localhost";
  return `${(await isHttpsRequest()) ? "https" : "http"}://${host}`;
}
