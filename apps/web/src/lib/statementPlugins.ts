import type { KatexOptions } from "katex";
import type { Options } from "react-markdown";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

/**
 * What a statement's HTML may contain: GitHub's allow-list (no script, style, iframe,
 * form, event handlers, `javascript:` URLs; ids prefixed so they cannot clobber
 * globals), plus the classes remark-math puts on `$…$` and `$$…$$` for rehype-katex.
 */
const sanitizeSchema = {
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

/**
 * The statement pipeline: Markdown with GFM tables and TeX math (`$…$`, `$$…$$`), raw
 * HTML parsed, then sanitized, then math rendered.
 */
export const statementPlugins = {
  remarkPlugins: [remarkGfm, remarkMath],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema], [rehypeKatex, katexOptions]],
} satisfies Pick<Options, "remarkPlugins" | "rehypePlugins">;
