/**
 * What a similarity engine is asked and answers, without naming one: core runs checks
 * through this interface, the worker plugs in Dolos (a native addon that must stay out of
 * the web app). Lines and columns are 1-based.
 */
export interface SourceSpan {
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

export interface EngineFragment {
  left: SourceSpan;
  right: SourceSpan;
}

export interface EngineFile {
  /** The submission id. */
  id: string;
  source: string;
}

export interface EngineInput {
  /** The engine's parser name ("cpp", "python"…), or "text" to compare characters. */
  parser: string;
  files: readonly EngineFile[];
  /** Code whose matches never count (starter template, instructor code). */
  ignored: string;
  /**
   * How many of the most similar pairs get their fragments: building them is the costly
   * part (200 programs make 19,900 pairs), and only the stored pairs need them.
   */
  fragmentPairs: number;
}

export interface EnginePair {
  leftId: string;
  rightId: string;
  /** Share of both programs' fingerprints that match, 0 to 1. */
  similarity: number;
  /** Empty beyond the `fragmentPairs` most similar pairs. */
  fragments: EngineFragment[];
}

export interface SimilarityEngine {
  compare(input: EngineInput): Promise<EnginePair[]>;
}
