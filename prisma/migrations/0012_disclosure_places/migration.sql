-- Assignments and contests carry their own hidden-test disclosure policy (issue 14), the
-- safe end by default: students and participants see only the final verdict of hidden tests.
ALTER TABLE "Assignment" DROP COLUMN "hiddenTests";
ALTER TABLE "Assignment" ADD COLUMN "hiddenTestDisclosure" "HiddenTestDisclosure" NOT NULL DEFAULT 'verdict_only';
ALTER TABLE "Contest" ADD COLUMN "hiddenTestDisclosure" "HiddenTestDisclosure" NOT NULL DEFAULT 'verdict_only';
