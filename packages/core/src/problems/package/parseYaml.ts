import { parseDocument } from "yaml";
import { ProblemPackageError, shown } from "./ProblemPackageError";

/**
 * Aliases are legitimate YAML, but a "billion laughs" needs many while real
 * metadata needs few; yaml counts every node an alias expands to against this.
 */
const MAX_ALIAS_COUNT = 50;

/**
 * Parses a package's YAML file (problem.yaml, testdata.yaml) into plain data:
 * duplicate keys and alias bombs are errors. An empty file gives `null`.
 */
export function parseYaml(text: string, rel: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const syntaxError = doc.errors[0];
  if (syntaxError) throw new ProblemPackageError(`${shown(rel)} is not valid YAML: ${firstLine(syntaxError.message)}`);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    throw new ProblemPackageError(
      `${shown(rel)} is not valid YAML: ${firstLine(error instanceof Error ? error.message : "")}`,
    );
  }
}

function firstLine(message: string): string {
  // prettyErrors ends the first line with ":" before a code excerpt we do not show.
  return message.split("\n")[0]?.trim().replace(/:$/, "") || "unreadable";
}
