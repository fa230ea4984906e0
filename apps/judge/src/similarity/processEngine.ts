import { fork } from "node:child_process";
import type { EngineInput, EnginePair, SimilarityEngine } from "@arbiter/core/similarity";

type ChildAnswer = { ok: true; pairs: EnginePair[] } | { ok: false; message: string };

/** Heap of the engine's process, in MiB: 1,000 programs of 300 lines stay well inside it. */
const CHILD_HEAP_MB = 2048;

/**
 * The engine as the worker runs it: each comparison in a child process of its own (see
 * dolosChild.ts for why), fed and answered over IPC with structured clone.
 */
export const processEngine: SimilarityEngine = {
  compare: (input: EngineInput) =>
    new Promise<EnginePair[]>((resolve, reject) => {
      const child = fork(new URL("./dolosChild.mjs", import.meta.url), [], {
        execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      let answer: ChildAnswer | undefined;
      child.once("message", (message: ChildAnswer) => (answer = message));
      child.once("error", reject);
      child.once("exit", (code, signal) => {
        if (answer?.ok) resolve(answer.pairs);
        else if (answer) reject(new Error(`similarity engine failed: ${answer.message}`));
        else reject(new Error(`similarity engine process ended (${signal ?? `exit ${code}`}) without an answer`));
      });
      child.send(input);
    }),
};
