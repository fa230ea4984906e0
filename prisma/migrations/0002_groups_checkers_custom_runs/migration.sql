-- CreateEnum
CREATE TYPE "Scoring" AS ENUM ('icpc', 'ioi', 'homework');

-- CreateEnum
CREATE TYPE "SubmissionContext" AS ENUM ('practice', 'homework', 'contest');

-- CreateEnum
CREATE TYPE "JudgingReason" AS ENUM ('submit', 'reconcile', 'rejudge');

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "checker" JSONB NOT NULL DEFAULT '{"kind":"default"}',
ADD COLUMN     "difficulty" INTEGER,
ADD COLUMN     "interactive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "runAllTests" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "scoring" "Scoring" NOT NULL DEFAULT 'homework',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "TestCase" ADD COLUMN     "groupId" TEXT;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "context" "SubmissionContext" NOT NULL DEFAULT 'practice';

-- AlterTable
ALTER TABLE "Judging" ADD COLUMN     "reason" "JudgingReason" NOT NULL DEFAULT 'submit';

-- AlterTable
ALTER TABLE "TestResult" ADD COLUMN     "fraction" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "TestGroup" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "dependencies" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "TestGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "input" BYTEA NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'queued',
    "verdict" "Verdict",
    "compileOutput" TEXT,
    "output" BYTEA,
    "stderr" BYTEA,
    "timeMs" INTEGER,
    "memoryKb" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestGroup_problemId_name_key" ON "TestGroup"("problemId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TestGroup_problemId_index_key" ON "TestGroup"("problemId", "index");

-- CreateIndex
CREATE INDEX "CustomRun_userId_createdAt_idx" ON "CustomRun"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "TestGroup" ADD CONSTRAINT "TestGroup_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestCase" ADD CONSTRAINT "TestCase_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TestGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRun" ADD CONSTRAINT "CustomRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRun" ADD CONSTRAINT "CustomRun_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

