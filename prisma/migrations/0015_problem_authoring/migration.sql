-- Problems uploaded in the web: their author, and the verification runs of the package submissions
-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "authorId" TEXT;

-- CreateTable
CREATE TABLE "PackageVerification" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "expected" "Verdict" NOT NULL,
    "submissionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PackageVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PackageVerification_submissionId_key" ON "PackageVerification"("submissionId");

-- CreateIndex
CREATE INDEX "PackageVerification_problemId_idx" ON "PackageVerification"("problemId");

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageVerification" ADD CONSTRAINT "PackageVerification_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageVerification" ADD CONSTRAINT "PackageVerification_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

