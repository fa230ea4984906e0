/** `npm run sandbox:selftest`: the containment checks against the live Docker engine. */
import { allImageFamilies, sandboxImageRef } from "../images";
import { createDocker } from "../docker";
import { runSelftest } from "../selftest";

const docker = createDocker();
const image = sandboxImageRef(process.argv[2] ?? allImageFamilies()[0] ?? "python");
const started = Date.now();
const checks = await runSelftest(docker, image, "selftest");
for (const check of checks)
  console.log(`${check.ok ? "ok  " : "FAIL"}  ${check.name}${check.detail ? `  (${check.detail})` : ""}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`\n${checks.length - failed} passed, ${failed} failed (${image}, ${Date.now() - started} ms)`);
process.exit(failed === 0 ? 0 : 1);
