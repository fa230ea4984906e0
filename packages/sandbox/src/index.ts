export { Sandbox, type SandboxOptions } from "./sandbox";
export { SandboxPool, directSandboxes, type SandboxOpener, type SandboxPoolOptions } from "./pool";
export { SandboxError, SandboxFileRefusedError, type FileRefusal } from "./errors";
export type {
  RunRequest,
  RunResult,
  RunStatus,
  InteractRequest,
  InteractResult,
  PartyStatus,
  FileTarget,
} from "./protocol";
export { createDocker } from "./docker";
export { removeStaleSandboxes } from "./janitor";
export { imageForLanguage, sandboxImageRef, allImageFamilies } from "./images";
export * from "./policy";
export { SELFTEST_MEMORY_BYTES, runSelftest, type SelftestCheck } from "./selftest";
