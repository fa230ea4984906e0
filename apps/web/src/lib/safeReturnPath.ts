/**
 * Where to go after signing in: only same-site absolute paths are followed, so a
 * crafted `?next=` cannot send users to another site (open redirect).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/problems";
  }
  return value;
}
