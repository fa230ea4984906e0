import type { DefaultCheckerConfig } from "@arbiter/shared";
import { checkDefault } from "./defaultChecker";

const EXACT_TOKENS: DefaultCheckerConfig = { kind: "default", caseSensitive: true, spaceChangeSensitive: false };

/**
 * The same tokens in the same order, whitespace between and around them ignored (so a
 * missing final newline is fine), bytes compared exactly: the default checker with its
 * default settings, as a yes/no.
 */
export function tokensMatch(output: Buffer, answer: Buffer): boolean {
  return checkDefault(EXACT_TOKENS, output, answer).verdict === "AC";
}
