import type { Element, Root, RootContent } from "hast";
import { urlAttributes } from "html-url-attributes";
import type { KatexOptions } from "katex";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * What a statement's HTML may contain: GitHub's allow-list (no script, style, iframe,
 * form, event handlers, `javascript:` URLs; ids prefixed so they cannot clobber
 * globals), plus the classes remark-math puts on `$…$` and `$$…$$` for rehype-katex.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", "math-inline", "math-display", /^language-./]],
  },
};

/**
 * KaTeX runs after sanitizing (its own markup uses inline styles the sanitizer would
 * strip), so it must be safe on its own: `trust: false` turns \href, \url,
 * \includegraphics and \html* into plain text, and `maxSize`/`maxExpand` bound how much
 * a hostile formula can draw or expand.
 */
const katexOptions: KatexOptions = { trust: false, strict: "ignore", maxSize: 20, maxExpand: 500 };

const SAFE_PROTOCOL = /^(https?|ircs?|mailto|xmpp)$/i;

/** A URL kept as is when relative or on a known-safe protocol, otherwise emptied. */
export function safeUrl(value: string): string {
  const colon = value.indexOf(":");
  const questionMark = value.indexOf("?");
  const numberSign = value.indexOf("#");
  const slash = value.indexOf("/");
  const relative =
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (questionMark !== -1 && colon > questionMark) ||
    (numberSign !== -1 && colon > numberSign);
  return relative || SAFE_PROTOCOL.test(value.slice(0, colon)) ? value : "";
}

/** A second guard behind the sanitizer: every URL-valued attribute goes through safeUrl. */
function filterUrls(node: Root | RootContent): void {
  if (node.type === "element") filterElementUrls(node);
  if ("children" in node) for (const child of node.children) filterUrls(child);
}

function filterElementUrls(element: Element): void {
  for (const [name, tags] of Object.entries(urlAttributes)) {
    const value = element.properties[name];
    if (typeof value === "string" && (tags === null || tags.includes(element.tagName))) {
      element.properties[name] = safeUrl(value);
    }
  }
}

/**
 * The statement pipeline: Markdown with GFM tables and TeX math (`$…$`, `$$…$$`), raw
 * HTML parsed, then sanitized, then math typeset, URLs filtered again, then HTML text.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeKatex, katexOptions)
  .use(() => filterUrls)
  .use(rehypeStringify)
  .freeze();

/** Rendered statements kept per process; keyed by the text itself, so an edit is a new entry. */
const MAX_CACHED_STATEMENTS = 200;
const rendered = new Map<string, string>();

/**
 * A statement as safe HTML. Statements come from problem packages, which anyone with an
 * instructor account can upload, so nothing in one may run script in a student's
 * browser. Parsing, sanitizing and typesetting cost several milliseconds and the same few
 * statements are shown over and over, so the result is cached; as a string it also costs
 * React nothing to send, where a tree of KaTeX elements cost more than the rest of the page.
 */
export function renderStatementHtml(source: string): string {
  const cached = rendered.get(source);
  if (cached !== undefined) return cached;
  const html = String(processor.processSync(source));
  if (rendered.size >= MAX_CACHED_STATEMENTS) rendered.delete(rendered.keys().next().value as string);
  rendered.set(source, html);
  return html;
}
