import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Renders a problem statement. react-markdown builds React elements from the syntax
 * tree and drops raw HTML (no `rehype-raw`), and its default URL transform removes
 * `javascript:` and similar links, so statements cannot inject markup or script.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
