-- Deleting a submission sets GradeCell.submissionId to NULL where it is counted. Without an index
-- the foreign key check scans every grade cell for each deleted submission (measured: 17.5 s for
-- 5000 deletions against 5000 cells).
CREATE INDEX "GradeCell_submissionId_idx" ON "GradeCell"("submissionId");
