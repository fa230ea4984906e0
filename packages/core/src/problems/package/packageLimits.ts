/** Largest single test file (`data/**`), in bytes. */
export const MAX_TEST_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Largest total of all test data, in bytes. An import holds every test in memory so
 * that it can write them in one transaction; this bounds that memory.
 */
export const MAX_TEST_DATA_BYTES = 512 * 1024 * 1024;
/** Largest problem.yaml, statement or validator source, in bytes. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;
/** Largest testdata.yaml, in bytes. */
export const MAX_TESTDATA_YAML_BYTES = 64 * 1024;
/**
 * Largest total of the programs read into memory (validators and example
 * submissions), in bytes: a bound on what `submissions/` can make an import hold.
 */
export const MAX_PROGRAM_TOTAL_BYTES = 32 * 1024 * 1024;
/** Most files and directories walked in one package: a bound on a hostile tree. */
export const MAX_PACKAGE_ENTRIES = 20_000;

/**
 * Largest package zip the web accepts as an upload, in bytes (compressed). Bigger
 * packages are imported with the CLI, which reads them from disk.
 */
export const MAX_PACKAGE_UPLOAD_BYTES = 128 * 1024 * 1024;

/** Largest total uncompressed size a zip package may declare, in bytes. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
/** Largest uncompressed size of one zip entry, in bytes. */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/**
 * Highest uncompressed:compressed ratio of one zip entry. Deflate tops out near
 * 1032:1, so only a deliberately repetitive entry exceeds this.
 */
export const MAX_ZIP_COMPRESSION_RATIO = 200;
/**
 * Entries smaller than this (uncompressed, in bytes) skip the ratio check: a small
 * file of repeated lines is legitimate and cannot be a bomb.
 */
export const ZIP_RATIO_CHECK_MIN_BYTES = 1024 * 1024;

/** Accepted range of `limits.time_limit`, in seconds. */
export const TIME_LIMIT_RANGE_S = { min: 0.1, max: 60 } as const;
/** Accepted range of `limits.output`, in MiB. */
export const OUTPUT_LIMIT_RANGE_MB = { min: 1, max: 1024 } as const;
/** Accepted range of `limits.memory`, in MiB. */
export const MEMORY_LIMIT_RANGE_MB = { min: 16, max: 4096 } as const;
