import type { SimilarityPairDetail } from "@arbiter/core/similarity";
import { fragmentLines } from "./fragmentLines";

/** Fragment colours, cycled; the same colour marks a fragment on both sides. */
const COLOURS = [
  "bg-amber-100 dark:bg-amber-500/20",
  "bg-sky-100 dark:bg-sky-500/20",
  "bg-emerald-100 dark:bg-emerald-500/20",
  "bg-fuchsia-100 dark:bg-fuchsia-500/20",
  "bg-lime-100 dark:bg-lime-500/20",
  "bg-rose-100 dark:bg-rose-500/20",
];

type Side = "left" | "right";

/**
 * Both sources next to each other with every matched fragment highlighted in the same
 * colour on both sides; a fragment's first line links to the same fragment on the other
 * side (`#right-f3` ↔ `#left-f3`), so one can jump back and forth without scripts.
 */
export function SideBySide({ pair }: { pair: SimilarityPairDetail }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="side-by-side">
      <SourceColumn pair={pair} side="left" />
      <SourceColumn pair={pair} side="right" />
    </div>
  );
}

function SourceColumn({ pair, side }: { pair: SimilarityPairDetail; side: Side }) {
  const other: Side = side === "left" ? "right" : "left";
  const person = pair[side];
  const lines = person.source.split("\n");
  const owner = fragmentLines(
    lines.length,
    pair.fragments.map((f) => f[side]),
  );
  return (
    <section className="card overflow-hidden" aria-label={`${side} source`} data-testid={`source-${side}`}>
      <header className="border-b border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
        <span className="font-medium">{person.name}</span> <span className="text-zinc-500">{person.email}</span>
        <a href={`/submissions/${person.submissionId}`} className="ml-2 text-xs text-indigo-600 dark:text-indigo-400">
          submission
        </a>
      </header>
      <pre className="overflow-x-auto text-xs leading-5">
        <code>
          {lines.map((text, i) => {
            const fragment = owner[i] ?? null;
            const starts = fragment !== null && pair.fragments[fragment]?.[side].startLine === i + 1;
            const colour = fragment === null ? "" : (COLOURS[fragment % COLOURS.length] ?? "");
            return (
              <div
                key={i}
                id={starts ? `${side}-f${fragment}` : undefined}
                className={`flex scroll-mt-20 ${colour}`}
                data-fragment={fragment ?? undefined}
              >
                <span className="w-10 shrink-0 pr-2 text-right text-zinc-400 select-none">{i + 1}</span>
                {starts ? (
                  <a
                    href={`#${other}-f${fragment}`}
                    className="w-5 shrink-0 text-center text-indigo-600 select-none dark:text-indigo-400"
                    title={`Fragment ${fragment + 1} on the ${other}`}
                    data-testid="fragment-link"
                  >
                    ↔
                  </a>
                ) : (
                  <span className="w-5 shrink-0" />
                )}
                <span className="pr-3 whitespace-pre">{text || " "}</span>
              </div>
            );
          })}
        </code>
      </pre>
    </section>
  );
}
