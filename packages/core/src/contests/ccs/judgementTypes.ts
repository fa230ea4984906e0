import type { Verdict } from "@arbiter/shared";

/** A CCS judgement type as the `judgement-types` endpoint lists it. */
export interface CcsJudgementType {
  id: string;
  name: string;
  penalty: boolean;
  solved: boolean;
}

/**
 * Our verdicts as CCS judgement types (JSON_Format.md §Known judgement types), with the
 * penalty flags of the CCS Requirements §Judge Responses: CE and JE carry no penalty,
 * rejections do. RE is CCS `RTE` (CCS `RE` means "Rejected"); IE is `JE` (Judging Error),
 * which the rules treat as pending. MLE and OLE keep their own ids (big-5 RTE and WA).
 */
export const CCS_JUDGEMENT_TYPES: Record<Verdict, CcsJudgementType> = {
  AC: { id: "AC", name: "Accepted", penalty: false, solved: true },
  WA: { id: "WA", name: "Wrong Answer", penalty: true, solved: false },
  TLE: { id: "TLE", name: "Time Limit Exceeded", penalty: true, solved: false },
  MLE: { id: "MLE", name: "Memory Limit Exceeded", penalty: true, solved: false },
  RE: { id: "RTE", name: "Run-Time Error", penalty: true, solved: false },
  OLE: { id: "OLE", name: "Output Limit Exceeded", penalty: true, solved: false },
  CE: { id: "CE", name: "Compile Error", penalty: false, solved: false },
  IE: { id: "JE", name: "Judging Error", penalty: false, solved: false },
};

/** The CCS judgement type id of a verdict (for `judgements.judgement_type_id` and `runs`). */
export function ccsJudgementTypeId(verdict: Verdict): string {
  return CCS_JUDGEMENT_TYPES[verdict].id;
}

/** The `judgement-types` collection, one entry per verdict. */
export function ccsJudgementTypes(): CcsJudgementType[] {
  return Object.values(CCS_JUDGEMENT_TYPES);
}
