import { DIFFICULTY_LABELS } from "@/lib/difficulty";

const STYLES: Record<number, string> = {
  1: "text-emerald-700 dark:text-emerald-400",
  2: "text-emerald-700 dark:text-emerald-400",
  3: "text-amber-700 dark:text-amber-400",
  4: "text-red-700 dark:text-red-400",
  5: "text-red-700 dark:text-red-400",
};

/** A difficulty as five pips and a word; "—" when the author gave none. */
export function DifficultyBadge({ difficulty }: { difficulty: number | null }) {
  if (difficulty === null) return <span className="text-zinc-400 dark:text-zinc-500">—</span>;
  return (
    <span className={`inline-flex items-center gap-1.5 whitespace-nowrap ${STYLES[difficulty] ?? ""}`}>
      <span className="flex gap-0.5" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <span
            key={n}
            className={`size-1.5 rounded-full ${n <= difficulty ? "bg-current" : "bg-current opacity-20"}`}
          />
        ))}
      </span>
      <span className="text-xs font-medium">{DIFFICULTY_LABELS[difficulty]}</span>
    </span>
  );
}
