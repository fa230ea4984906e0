-- CreateEnum
CREATE TYPE "HiddenTestDisclosure" AS ENUM ('verdict_only', 'first_failure', 'per_test');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3);

-- AlterTable: problems that exist keep showing students the verdict of each hidden test (as they
-- did, now without per-test time and memory), problems made from now on show only the final verdict.
ALTER TABLE "Problem" ADD COLUMN     "hiddenTestDisclosure" "HiddenTestDisclosure" NOT NULL DEFAULT 'per_test';
ALTER TABLE "Problem" ALTER COLUMN "hiddenTestDisclosure" SET DEFAULT 'verdict_only';

