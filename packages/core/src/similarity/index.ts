// Similarity checks (issue 11). Pure rules first; the engine itself (Dolos, a native
// addon) is plugged in by the worker through SimilarityEngine and never loaded here.
export type { EngineFile, EngineFragment, EngineInput, EnginePair, SimilarityEngine, SourceSpan } from "./engine";
export { engineParser } from "./engineParser";
export { selectSubmissions, type CandidateSubmission } from "./selectSubmissions";
export { groupByLanguage, textLanguages, type LanguageGroup } from "./groupByLanguage";
export { ignoredCode } from "./ignoredCode";
export { rankPairs, MAX_STORED_PAIRS, type RankedPair } from "./rankPairs";
export { findClusters, type Cluster, type ClusterPair } from "./findClusters";
export {
  openSimilarityQueue,
  enqueueSimilarityCheck,
  similarityJobAlive,
  similarityJobId,
  type SimilarityQueue,
} from "./queue";

// Stored checks (database and queue I/O).
export {
  startSimilarityCheck,
  failSimilarityCheck,
  MAX_CHECK_SUBMISSIONS,
  type StartedCheck,
} from "./store/startSimilarityCheck";
export { runSimilarityCheck, type RunOutcome } from "./store/runSimilarityCheck";
export {
  getSimilarityCheck,
  type SimilarityCheckView,
  type SimilarityPairView,
  type SimilarityPerson,
} from "./store/getSimilarityCheck";
export { getSimilarityPair, type SimilarityPairDetail, type SimilaritySide } from "./store/getSimilarityPair";
export { reviewSimilarityPair } from "./store/reviewSimilarityPair";
export { getSimilarityPanel, type SimilarityPanelRow } from "./store/getSimilarityPanel";
export { requireSimilarityStaff, type SimilarityPlace } from "./store/similarityAccess";
