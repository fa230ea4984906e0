/** Largest accepted source file, in bytes of UTF-8. */
export const MAX_SOURCE_BYTES = 64 * 1024;
/** Compiler output kept for display, in bytes. */
export const MAX_COMPILE_OUTPUT_BYTES = 16 * 1024;
/** Default program output cap per test, in bytes. */
export const DEFAULT_OUTPUT_LIMIT_BYTES = 64 * 1024 * 1024;
/** Default limits for a problem whose package does not set them. */
export const DEFAULT_TIME_LIMIT_MS = 2000;
export const DEFAULT_MEMORY_LIMIT_MB = 256;
