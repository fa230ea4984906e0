// Child-process bootstrap: registers tsx (the parent may run under tsx, vitest or
// anything else) before loading the TypeScript entry.
import { register } from "tsx/esm/api";

register();
await import("./dolosChild.ts");
