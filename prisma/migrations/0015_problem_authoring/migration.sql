-- Problems uploaded in the web: their author (verification runs live in 0018_problem_verification)
-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "authorId" TEXT;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
