import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Three projects, run by infra/scripts/test.sh in this order:
//  unit        pure logic, no services
//  integration real PostgreSQL, Redis and Docker (started by the project's scripts)
//  e2e         the built web app and a judge worker, driven over HTTP and in headless Chromium
const ignore = ["**/node_modules/**", "**/.next/**", "**/generated/**"];

export default defineConfig({
  test: {
    projects: [
      {
        // The web app's "@/…" imports (its tsconfig path); no other workspace uses "@/".
        resolve: { alias: { "@": fileURLToPath(new URL("./apps/web/src", import.meta.url)) } },
        test: {
          name: "unit",
          include: ["{apps,packages}/*/src/**/*.test.ts"],
          exclude: [...ignore, "**/*.integration.test.ts", "**/*.e2e.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["{apps,packages}/*/src/**/*.integration.test.ts"],
          exclude: ignore,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["apps/*/tests/**/*.e2e.test.ts"],
          exclude: ignore,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
