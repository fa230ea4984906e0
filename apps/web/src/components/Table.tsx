import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from "react";

// The look every data table shares (problems, my submissions, a submission's tests):
// a quiet upper-case header, divided rows, and columns that give way on narrow screens.
// Padding stays with each table, which sets its own density.

/** Columns that only fit wider screens: hidden below the breakpoint, a table cell from it up. */
const SHOWN_FROM = { sm: "hidden sm:table-cell", md: "hidden md:table-cell" } as const;

interface CellLayout {
  /** Hide the column on screens narrower than this breakpoint. */
  from?: keyof typeof SHOWN_FROM | undefined;
  /** Numbers line up on the right. */
  align?: "right" | undefined;
  className?: string | undefined;
}

function layoutClass({ from, align, className }: CellLayout): string | undefined {
  return (
    [from && SHOWN_FROM[from], className, align === "right" && "text-right"].filter(Boolean).join(" ") || undefined
  );
}

interface TableProps {
  testId: string;
  /** Read by screen readers only. */
  caption?: string;
  /** The header row: `HeaderCell`s. */
  head: ReactNode;
  /** The body rows. */
  children: ReactNode;
}

/** A full-width data table; wrap it in a `card` that clips or scrolls it. */
export function Table({ testId, caption, head, children }: TableProps) {
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
        <tr>{head}</tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
    </table>
  );
}

/** A column's header. */
export function HeaderCell({ children, ...layout }: CellLayout & { children: ReactNode }) {
  return (
    <th scope="col" className={layoutClass(layout)}>
      {children}
    </th>
  );
}

/** A body cell; `from` and `align` should match the column's `HeaderCell`. */
export function Cell({ from, align, className, ...cell }: CellLayout & TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={layoutClass({ from, align, className })} {...cell} />;
}

/**
 * A row that one link inside it covers (give the link `after:absolute after:inset-0`),
 * so the whole row is the target and lights up on hover.
 */
export function LinkedRow(row: Omit<HTMLAttributes<HTMLTableRowElement>, "className">) {
  return <tr className="group relative hover:bg-zinc-50 dark:hover:bg-zinc-800/40" {...row} />;
}
