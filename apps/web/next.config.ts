import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@arbiter/shared", "@arbiter/db", "@arbiter/core"],
  // Native-ish or connection-holding libraries stay plain Node requires on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "ioredis", "bullmq"],
  // The monorepo root, so Turbopack resolves hoisted node_modules and workspace packages.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
