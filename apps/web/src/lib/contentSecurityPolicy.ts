/**
 * The Content-Security-Policy of every response, a second wall behind the statement
 * sanitizer: even if markup slipped through, it could not run a script, load one from
 * elsewhere, post a form off-site, or frame the page.
 *
 * Scripts: only our own files and inline scripts carrying this response's nonce (Next
 * reads the nonce from the request's CSP header, set by src/proxy.ts, and puts it on its
 * bootstrap and data scripts). No 'unsafe-inline', and 'unsafe-eval' only in development,
 * where React's dev tools rebuild server stacks with eval.
 *
 * Styles keep 'unsafe-inline' (and so carry no nonce, which would switch it off): React
 * renders `style` attributes (bars, charts, KaTeX) into the HTML, and CodeMirror adds
 * its own <style> elements at run time. A style cannot run script; the risk left is
 * restyling the page, which the sanitizer already keeps out of statements.
 */
export function contentSecurityPolicy(options: { nonce: string; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The directives of a policy by name (each a list of sources), for checks and tests. */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
