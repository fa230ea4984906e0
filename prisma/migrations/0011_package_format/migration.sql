-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "graderFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "outputLimitMb" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "validationPasses" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "TestGroup" ADD COLUMN     "graderFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stopOnReject" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TestResult" ADD COLUMN     "score" DOUBLE PRECISION;

