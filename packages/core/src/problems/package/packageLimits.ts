/** Largest single test file (`data/**`), in bytes. */
export const MAX_TEST_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Largest total of all test data, in bytes. An import holds every test in memory so
 * that it can write them in one transaction; this bounds that memory.
 */
export const MAX_TEST_DATA_BYTES = 512 * 1024 * 1024;
/** Largest problem.yaml or statement file, in bytes. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;
/** Most files and directories walked in one package: a bound on a hostile tree. */
export const MAX_PACKAGE_ENTRIES = 20_000;

/** Accepted range of `limits.time_limit`, in seconds. */
export const TIME_LIMIT_RANGE_S = { min: 0.1, max: 60 } as const;
/** Accepted range of `limits.memory`, in MiB. */
export const MEMORY_LIMIT_RANGE_MB = { min: 16, max: 4096 } as const;
