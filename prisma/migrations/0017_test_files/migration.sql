-- Test data stored once, content-addressed by SHA-256 (issue 13). TestCase keeps only the
-- hashes of its input and answer. A file is kept as 1 MiB chunks so readers stream it.

CREATE TABLE "TestFile" (
    "hash" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestFile_pkey" PRIMARY KEY ("hash")
);

CREATE TABLE "TestFileChunk" (
    "hash" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "TestFileChunk_pkey" PRIMARY KEY ("hash","seq")
);

ALTER TABLE "TestCase" ADD COLUMN "inputHash" TEXT, ADD COLUMN "answerHash" TEXT;

-- Data migration: hash every existing input and answer, store each distinct content once.
UPDATE "TestCase" SET "inputHash" = encode(sha256("input"), 'hex'), "answerHash" = encode(sha256("answer"), 'hex');

INSERT INTO "TestFile" ("hash", "sizeBytes")
SELECT DISTINCT ON (h) h, length(d) FROM (
    SELECT "inputHash" AS h, "input" AS d FROM "TestCase"
    UNION ALL
    SELECT "answerHash", "answer" FROM "TestCase"
) AS files
ORDER BY h;

-- Every chunk but the last is 1048576 bytes. An empty file has one empty chunk.
INSERT INTO "TestFileChunk" ("hash", "seq", "data")
SELECT f.h, s.seq, substring(f.d FROM s.seq * 1048576 + 1 FOR 1048576)
FROM (
    SELECT DISTINCT ON (h) h, d FROM (
        SELECT "inputHash" AS h, "input" AS d FROM "TestCase"
        UNION ALL
        SELECT "answerHash", "answer" FROM "TestCase"
    ) AS files
    ORDER BY h
) AS f
CROSS JOIN LATERAL generate_series(0, greatest(0, (length(f.d) - 1) / 1048576)) AS s(seq);

ALTER TABLE "TestCase" DROP COLUMN "input", DROP COLUMN "answer";
ALTER TABLE "TestCase" ALTER COLUMN "inputHash" SET NOT NULL, ALTER COLUMN "answerHash" SET NOT NULL;

CREATE INDEX "TestCase_inputHash_idx" ON "TestCase"("inputHash");

CREATE INDEX "TestCase_answerHash_idx" ON "TestCase"("answerHash");

ALTER TABLE "TestCase" ADD CONSTRAINT "TestCase_inputHash_fkey" FOREIGN KEY ("inputHash") REFERENCES "TestFile"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "TestCase" ADD CONSTRAINT "TestCase_answerHash_fkey" FOREIGN KEY ("answerHash") REFERENCES "TestFile"("hash") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "TestFileChunk" ADD CONSTRAINT "TestFileChunk_hash_fkey" FOREIGN KEY ("hash") REFERENCES "TestFile"("hash") ON DELETE CASCADE ON UPDATE CASCADE;
