import "katex/dist/katex.min.css";
import type { ReactElement } from "react";
import ReactMarkdown from "react-markdown";
import { statementPlugins } from "@/lib/statementPlugins";

/** Rendered statements kept per process; keyed by the text itself, so an edit is a new entry. */
const MAX_CACHED_STATEMENTS = 200;
const rendered = new Map<string, ReactElement>();

/**
 * Parsing, sanitizing and typesetting a statement costs several milliseconds, and the
 * same few statements are shown over and over; ReactMarkdown is a pure, synchronous
 * component, so its output for a given source can be reused.
 */
function renderStatement(source: string): ReactElement {
  const cached = rendered.get(source);
  if (cached) return cached;
  const element = ReactMarkdown({ ...statementPlugins, children: source });
  if (rendered.size >= MAX_CACHED_STATEMENTS) rendered.delete(rendered.keys().next().value as string);
  rendered.set(source, element);
  return element;
}

/**
 * Renders a problem statement (see `statementPlugins`). Statements come from problem
 * packages, which anyone with an instructor account can upload, so nothing in one may
 * run script in a student's browser: raw HTML is sanitized to an allow-list, and
 * react-markdown's URL filter is a second guard behind the sanitizer.
 */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown">{renderStatement(source)}</div>;
}
