import type { PrismaClient } from "@arbiter/db/client";

/** What the test file store needs of Prisma: a client or an interactive transaction both fit. */
export type TestFileDb = Pick<PrismaClient, "testFile" | "testFileChunk">;

/** Test files are stored and streamed in slices of this many bytes (the migration uses the same). */
export const TEST_FILE_CHUNK_BYTES = 1024 * 1024;
