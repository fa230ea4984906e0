import { describe, expect, it } from "vitest";
import { CONTEST_RULES } from "../rules/index";
import { journal, participant, problem, sub } from "../testJournal";
import { csvField, standingsCsv } from "./standingsCsv";

describe("csvField", () => {
  it("prefixes a quote to anything a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe('"\'\rx"');
    expect(csvField("plain")).toBe("plain");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe("standingsCsv", () => {
  it("writes ranks, totals and tries/minute cells, virtual rows last", () => {
    const board = CONTEST_RULES.icpc.scoreboard(
      journal(
        [
          participant("p1", { name: "=cmd|' /C calc'!A0" }),
          participant("p2", { name: "Team, Two" }),
          participant("v", { virtual: true }),
        ],
        [problem("A"), problem("B")],
        [sub("p1", "A", 3, "WA"), sub("p1", "A", 12, "AC"), sub("p2", "B", 7, "WA"), sub("v", "A", 1, "AC")],
      ),
      {},
    );
    expect(standingsCsv(board)).toBe(
      [
        "Rank,Participant,Official,Solved,Penalty,A,B",
        "1,'=cmd|' /C calc'!A0,yes,1,32,2/12,",
        '2,"Team, Two",yes,0,0,,1/-',
        "1,v,no,1,1,1/1,",
        "",
      ].join("\r\n"),
    );
  });

  it("writes the score and points for a score board", () => {
    const board = CONTEST_RULES.ioi.scoreboard(
      journal([participant("p1")], [problem("A", { maxScore: 40 })], [sub("p1", "A", 3, "WA", { score: 25 })]),
      {},
    );
    expect(standingsCsv(board)).toBe("Rank,Participant,Official,Score,A\r\n1,p1,yes,10,10\r\n");
  });
});
