import { z } from "zod";

// Runs in the browser before the app hydrates. zod compiles object parsers with
// `new Function` when it may, and finds out by trying once: under our CSP (no
// 'unsafe-eval') that try is blocked and reported as a violation. Parsing without the
// compiled fast path is plenty fast for the few small payloads the browser checks.
z.config({ jitless: true });
