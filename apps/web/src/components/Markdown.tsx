import "katex/dist/katex.min.css";
import ReactMarkdown from "react-markdown";
import { statementPlugins } from "@/lib/statementPlugins";

/**
 * Renders a problem statement (see `statementPlugins`). Statements come from problem
 * packages, which anyone with an instructor account can upload, so nothing in one may
 * run script in a student's browser: raw HTML is sanitized to an allow-list, and
 * react-markdown's URL filter is a second guard behind the sanitizer.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown {...statementPlugins}>{source}</ReactMarkdown>
    </div>
  );
}
