import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

/**
 * A second wall behind the statement sanitizer: even if markup slipped through, it could
 * not load script from elsewhere, post a form off-site, or frame the page. Next inlines
 * its bootstrap scripts and CodeMirror sets inline styles, hence 'unsafe-inline';
 * development also needs eval for hot reloading.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Browser features no page of ours uses, switched off for every frame (a leaked XSS gets none of them). */
const permissionsPolicy = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "midi=()",
  "display-capture=()",
].join(", ");

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@arbiter/shared", "@arbiter/db", "@arbiter/core"],
  // Native-ish or connection-holding libraries stay plain Node requires on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "ioredis", "bullmq"],
  // The monorepo root, so Turbopack resolves hoisted node_modules and workspace packages.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: permissionsPolicy },
        ],
      },
      {
        // Only over HTTPS (a TLS-terminating proxy says so): browsers ignore it on plain HTTP,
        // and a deployment without TLS must not be told to insist on it.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
  reactStrictMode: true,
};

export default config;
