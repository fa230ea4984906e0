import type { SimilarityStatus } from "@arbiter/shared";

/** A check's state in a few words: "queued", "running (40 %)", "done: 12 pairs, top 93 %", "failed". */
export function statusText(check: {
  status: SimilarityStatus;
  progress: number;
  pairs?: number;
  topSimilarity?: number | null;
}): string {
  switch (check.status) {
    case "queued":
      return "queued";
    case "running":
      return `running (${check.progress} %)`;
    case "failed":
      return "failed";
    case "done": {
      const pairs = check.pairs ?? 0;
      const top = check.topSimilarity == null ? "" : `, top ${percent(check.topSimilarity)}`;
      return `done: ${pairs} pair${pairs === 1 ? "" : "s"}${top}`;
    }
  }
}

/** 0.934 → "93 %". */
export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)} %`;
}
