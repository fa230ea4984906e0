/**
 * Child-process entry: runs one Dolos comparison sent over IPC and sends the pairs back.
 * A process rather than a worker thread: Dolos' tree-sitter parsers are native addons
 * that load once per process (a second thread gets "Module did not self-register"), and
 * parsing and hashing block for seconds, which must not starve the judge jobs' lock
 * renewals on the worker's event loop. The process ends with the comparison, which also
 * returns the parsers' native memory.
 */
import type { EngineInput } from "@arbiter/core/similarity";
import { compareWithDolos } from "./dolosEngine";

process.on("disconnect", () => process.exit(1));
process.once("message", (input: EngineInput) => {
  compareWithDolos(input).then(
    (pairs) => process.send?.({ ok: true, pairs }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.({ ok: false, message: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(0),
      ),
  );
});
