import { describe, expect, it } from "vitest";
import { selectSubmissions } from "./selectSubmissions";

const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 10, minute));
const subs = [
  { id: "a2", ownerId: "ann", createdAt: at(20) },
  { id: "a1", ownerId: "ann", createdAt: at(10) },
  { id: "b1", ownerId: "bob", createdAt: at(5) },
  { id: "a3", ownerId: "ann", createdAt: at(30) },
];

describe("selectSubmissions", () => {
  it("takes each participant's newest when none counts", () => {
    expect(selectSubmissions(subs, "counted").map((s) => s.id)).toEqual(["a3", "b1"]);
  });

  it("takes the counted submission over a newer one", () => {
    const counted = new Map([["ann", "a1"]]);
    expect(selectSubmissions(subs, "counted", counted).map((s) => s.id)).toEqual(["a1", "b1"]);
  });

  it("falls back to the newest when the counted one is not a candidate", () => {
    const counted = new Map([["ann", "gone"]]);
    expect(selectSubmissions(subs, "counted", counted).map((s) => s.id)).toEqual(["a3", "b1"]);
  });

  it("keeps every submission, ordered by owner then time, for scope all", () => {
    expect(selectSubmissions(subs, "all").map((s) => s.id)).toEqual(["a1", "a2", "a3", "b1"]);
  });
});
