import "katex/dist/katex.min.css";
import { renderStatementHtml } from "@/lib/statementHtml";

/**
 * A problem statement (see `renderStatementHtml`): its HTML has been sanitized to an
 * allow-list and its URLs filtered before it gets here, which is what makes inserting it
 * as HTML safe.
 */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderStatementHtml(source) }} />;
}
