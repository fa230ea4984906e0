-- Example submissions of problem packages, with what each must get, and verifications that judge them (issue 12)
-- TestResult keeps the checker message so verification can match submissions.yaml message rules
-- AlterTable
ALTER TABLE "TestResult" ADD COLUMN     "judgeMessage" TEXT;

-- CreateTable
CREATE TABLE "ProblemExample" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "expectation" JSONB NOT NULL,

    CONSTRAINT "ProblemExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemVerification" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "passed" BOOLEAN,

    CONSTRAINT "ProblemVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationRun" (
    "id" TEXT NOT NULL,
    "verificationId" TEXT NOT NULL,
    "exampleId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "passed" BOOLEAN,
    "failures" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "VerificationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProblemExample_problemId_path_key" ON "ProblemExample"("problemId", "path");

-- CreateIndex
CREATE INDEX "ProblemVerification_problemId_createdAt_idx" ON "ProblemVerification"("problemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationRun_submissionId_key" ON "VerificationRun"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationRun_verificationId_exampleId_key" ON "VerificationRun"("verificationId", "exampleId");

-- AddForeignKey
ALTER TABLE "ProblemExample" ADD CONSTRAINT "ProblemExample_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemVerification" ADD CONSTRAINT "ProblemVerification_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRun" ADD CONSTRAINT "VerificationRun_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "ProblemVerification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRun" ADD CONSTRAINT "VerificationRun_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "ProblemExample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRun" ADD CONSTRAINT "VerificationRun_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

