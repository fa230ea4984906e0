-- CreateEnum
CREATE TYPE "SimilarityStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateEnum
CREATE TYPE "SimilarityScope" AS ENUM ('counted', 'all');

-- CreateEnum
CREATE TYPE "SimilarityReviewVerdict" AS ENUM ('fine', 'suspicious');

-- CreateTable
CREATE TABLE "SimilarityCheck" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "contestId" TEXT,
    "scope" "SimilarityScope" NOT NULL DEFAULT 'counted',
    "status" "SimilarityStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "requestedById" TEXT NOT NULL,
    "submissionIds" TEXT[],
    "ignoredCode" TEXT NOT NULL DEFAULT '',
    "clusterThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.75,
    "languages" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SimilarityCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimilarityPair" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "leftSubmissionId" TEXT NOT NULL,
    "rightSubmissionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "longestFragment" INTEGER NOT NULL,

    CONSTRAINT "SimilarityPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimilarityFragment" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "leftStartLine" INTEGER NOT NULL,
    "leftStartCol" INTEGER NOT NULL,
    "leftEndLine" INTEGER NOT NULL,
    "leftEndCol" INTEGER NOT NULL,
    "rightStartLine" INTEGER NOT NULL,
    "rightStartCol" INTEGER NOT NULL,
    "rightEndLine" INTEGER NOT NULL,
    "rightEndCol" INTEGER NOT NULL,

    CONSTRAINT "SimilarityFragment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimilarityCluster" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "submissionIds" TEXT[],
    "maxSimilarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SimilarityCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimilarityReview" (
    "id" TEXT NOT NULL,
    "leftSubmissionId" TEXT NOT NULL,
    "rightSubmissionId" TEXT NOT NULL,
    "verdict" "SimilarityReviewVerdict" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimilarityReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SimilarityCheck_assignmentId_problemId_createdAt_idx" ON "SimilarityCheck"("assignmentId", "problemId", "createdAt");

-- CreateIndex
CREATE INDEX "SimilarityCheck_contestId_problemId_createdAt_idx" ON "SimilarityCheck"("contestId", "problemId", "createdAt");

-- CreateIndex
CREATE INDEX "SimilarityPair_checkId_leftSubmissionId_rightSubmissionId_idx" ON "SimilarityPair"("checkId", "leftSubmissionId", "rightSubmissionId");

-- CreateIndex
CREATE UNIQUE INDEX "SimilarityPair_checkId_rank_key" ON "SimilarityPair"("checkId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "SimilarityFragment_pairId_position_key" ON "SimilarityFragment"("pairId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SimilarityCluster_checkId_position_key" ON "SimilarityCluster"("checkId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SimilarityReview_leftSubmissionId_rightSubmissionId_key" ON "SimilarityReview"("leftSubmissionId", "rightSubmissionId");

-- AddForeignKey
ALTER TABLE "SimilarityCheck" ADD CONSTRAINT "SimilarityCheck_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityCheck" ADD CONSTRAINT "SimilarityCheck_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityCheck" ADD CONSTRAINT "SimilarityCheck_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityCheck" ADD CONSTRAINT "SimilarityCheck_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityPair" ADD CONSTRAINT "SimilarityPair_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "SimilarityCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityFragment" ADD CONSTRAINT "SimilarityFragment_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "SimilarityPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityCluster" ADD CONSTRAINT "SimilarityCluster_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "SimilarityCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarityReview" ADD CONSTRAINT "SimilarityReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A check belongs to exactly one assignment or one contest
ALTER TABLE "SimilarityCheck" ADD CONSTRAINT "SimilarityCheck_one_place" CHECK (("assignmentId" IS NULL) <> ("contestId" IS NULL));

-- At most one unfinished check per problem and place, so two starts at once cannot both run
CREATE UNIQUE INDEX "SimilarityCheck_one_unfinished" ON "SimilarityCheck"("problemId", COALESCE("assignmentId", ''), COALESCE("contestId", '')) WHERE "status" IN ('queued', 'running');
