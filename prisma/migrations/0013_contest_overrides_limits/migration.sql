-- Issue 10: the jury overrides a contest verdict with a reason (audited), and a contest
-- may set its own submission limit per participant row.
ALTER TYPE "JudgingReason" ADD VALUE 'override';

-- AlterTable
ALTER TABLE "Contest" ADD COLUMN "submissionLimit" INTEGER,
ADD COLUMN "submissionLimitMinutes" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "VerdictOverride" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "judgingId" TEXT NOT NULL,
    "byId" TEXT,
    "oldVerdict" "Verdict",
    "newVerdict" "Verdict" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VerdictOverride_judgingId_key" ON "VerdictOverride"("judgingId");

-- CreateIndex
CREATE INDEX "VerdictOverride_submissionId_createdAt_idx" ON "VerdictOverride"("submissionId", "createdAt");

-- AddForeignKey
ALTER TABLE "VerdictOverride" ADD CONSTRAINT "VerdictOverride_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictOverride" ADD CONSTRAINT "VerdictOverride_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
