import { VERDICTS } from "@arbiter/shared";
import { describe, expect, it } from "vitest";
import { CONTEST_RULES } from "../rules/index";
import { journal, participant, problem, sub } from "../testJournal";
import { CCS_JUDGEMENT_TYPES, ccsJudgementTypeId, ccsJudgementTypes } from "./judgementTypes";
import { ccsJudgementTypeSchema } from "./entitySchemas";

describe("CCS judgement types", () => {
  it("maps our verdicts to the spec's ids: RE is RTE, IE is JE", () => {
    expect(VERDICTS.map(ccsJudgementTypeId)).toEqual(["AC", "WA", "TLE", "MLE", "RTE", "OLE", "CE", "JE"]);
    expect(CCS_JUDGEMENT_TYPES.AC).toMatchObject({ solved: true, penalty: false });
    for (const type of ccsJudgementTypes()) expect(ccsJudgementTypeSchema.safeParse(type).success).toBe(true);
  });

  it("publishes the same penalty flags the icpc rule applies", () => {
    for (const verdict of VERDICTS) {
      if (verdict === "AC") continue;
      // One try with this verdict, then an AC at minute 10: the penalty shows in the total.
      const board = CONTEST_RULES.icpc.scoreboard(
        journal([participant("p")], [problem("A")], [sub("p", "A", 1, verdict), sub("p", "A", 10, "AC")]),
        {},
      );
      const charged = board.rows[0]?.score.kind === "pass-fail" && board.rows[0].score.totalTime === 30;
      expect([verdict, charged]).toEqual([verdict, CCS_JUDGEMENT_TYPES[verdict].penalty]);
    }
  });
});
