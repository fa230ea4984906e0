import { MAX_COMPILE_OUTPUT_BYTES } from "@arbiter/shared";
import { cleanCompilerOutput, linkLineReferences } from "./formatSubmission";

/**
 * What the compiler said, without terminal color codes. For a compilation error it is
 * the main content of the page; otherwise (warnings) it starts collapsed.
 */
export function CompilerOutput({
  output,
  failed,
  sourceFile,
}: {
  output: string;
  failed: boolean;
  sourceFile: string;
}) {
  const { text, truncated } = cleanCompilerOutput(output);
  const parts = linkLineReferences(text, sourceFile);
  const body = (
    <>
      <pre
        className={`code-block max-h-[28rem] whitespace-pre-wrap break-words bg-white dark:bg-zinc-900 ${
          failed ? "border-red-200 dark:border-red-900/60" : ""
        }`}
        data-testid="compile-output"
      >
        {text
          ? parts.map((part, i) =>
              part.line ? (
                // Jumps to the numbered line of the source below (SourceView gives each an id).
                <a
                  key={i}
                  href={`#L${part.line}`}
                  className="text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600 dark:text-indigo-300 dark:decoration-indigo-500/50"
                >
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )
          : "(the compiler printed nothing)"}
      </pre>
      {truncated && (
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400" data-testid="compile-output-truncated">
          The compiler printed more than {MAX_COMPILE_OUTPUT_BYTES / 1024} KiB; only the beginning is shown. The first
          error is usually the one to fix.
        </p>
      )}
    </>
  );

  if (!failed) {
    return (
      <details className="group" data-testid="compile-warnings">
        <summary className="cursor-pointer text-sm font-medium text-zinc-600 select-none hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          Compiler messages (warnings)
        </summary>
        <div className="mt-2">{body}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby="compile-heading">
      <h2 id="compile-heading" className="mb-1 text-lg font-semibold tracking-tight">
        Compilation failed
      </h2>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Nothing was run. Fix the first error below and submit again.
      </p>
      {body}
    </section>
  );
}
