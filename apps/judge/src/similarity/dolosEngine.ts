import { Dolos, File } from "@dodona/dolos-lib";
import type { EngineInput, EnginePair, SimilarityEngine, SourceSpan } from "@arbiter/core/similarity";

/** Dolos' "char" tokenizer: plain text, for languages it has no grammar for. */
const TEXT_PARSER = "char";

/**
 * Compares one language's programs with Dolos (tree-sitter tokens, winnowed k-gram
 * fingerprints) at its default k-gram and window sizes. The ignored code is given to Dolos
 * as its "ignored file": fingerprints found there never match.
 */
export async function compareWithDolos(input: EngineInput): Promise<EnginePair[]> {
  const parser = input.parser === "text" ? TEXT_PARSER : input.parser;
  const dolos = new Dolos({ language: parser });
  // The path is only a label; the submission id lets pairs be mapped back.
  const files = input.files.map((f) => new File(f.id, f.source));
  const ignored = input.ignored.trim() ? new File("ignored", input.ignored) : undefined;
  const report = await dolos.analyze(files, "check", ignored);
  const pairs = report
    .allPairs()
    .filter((pair) => pair.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity);
  return pairs.map((pair, i) => ({
    leftId: pair.leftFile.path,
    rightId: pair.rightFile.path,
    similarity: pair.similarity,
    fragments:
      i < input.fragmentPairs
        ? pair.buildFragments().map((fragment) => ({
            left: oneBased(fragment.leftSelection),
            right: oneBased(fragment.rightSelection),
          }))
        : [],
  }));
}

/** Tree-sitter counts rows and columns from 0. */
function oneBased(region: { startRow: number; startCol: number; endRow: number; endCol: number }): SourceSpan {
  return {
    startLine: region.startRow + 1,
    startCol: region.startCol + 1,
    endLine: region.endRow + 1,
    endCol: region.endCol + 1,
  };
}

/** The engine in this process (tests); the worker runs it in a child process (processEngine). */
export const dolosEngine: SimilarityEngine = { compare: compareWithDolos };
