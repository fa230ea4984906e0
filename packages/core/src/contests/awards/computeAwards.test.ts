import { describe, expect, it } from "vitest";
import { CONTEST_RULES } from "../rules/index";
import { journal, participant, problem, sub } from "../testJournal";
import { computeAwards } from "./computeAwards";

describe("computeAwards", () => {
  // Ranks: p1 1, p2 1 (exact tie), p3 3, p4 4; p5 solved nothing.
  const board = CONTEST_RULES.icpc.scoreboard(
    journal(
      ["p1", "p2", "p3", "p4", "p5"].map((id) => participant(id)),
      [problem("A"), problem("B")],
      [
        sub("p1", "A", 10, "AC"),
        sub("p1", "B", 20, "AC"),
        sub("p2", "A", 10, "AC"),
        sub("p2", "B", 20, "AC"),
        sub("p3", "A", 5, "AC"),
        sub("p4", "A", 50, "AC"),
        sub("p5", "A", 1, "WA"),
      ],
    ),
    {},
  );

  it("gives medals by rank, ties crossing a boundary both taking the better medal, and skips rows that scored nothing", () => {
    const awards = computeAwards(board, { gold: 1, silver: 1, bronze: 5 });
    const byId = Object.fromEntries(awards.map((a) => [a.id, a.team_ids]));
    expect(byId.winner).toEqual(["p1", "p2"]);
    expect(byId["gold-medal"]).toEqual(["p1", "p2"]);
    expect(byId["silver-medal"]).toEqual([]);
    expect(byId["bronze-medal"]).toEqual(["p3", "p4"]);
  });

  it("names the first solvers per problem by problem id", () => {
    const awards = computeAwards(board);
    expect(awards.filter((a) => a.id.startsWith("first-to-solve-"))).toEqual([
      { id: "first-to-solve-a", citation: "First to solve problem A", team_ids: ["p3"] },
      { id: "first-to-solve-b", citation: "First to solve problem B", team_ids: ["p1", "p2"] },
    ]);
    expect(computeAwards(board, { firstToSolve: false }).map((a) => a.id)).toEqual([
      "winner",
      "gold-medal",
      "silver-medal",
      "bronze-medal",
    ]);
  });
});
