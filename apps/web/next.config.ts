import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

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
  // The Content-Security-Policy is set per request, with a nonce, by src/proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
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
