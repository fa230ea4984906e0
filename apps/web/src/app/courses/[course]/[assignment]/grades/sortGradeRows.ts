import type { GradeRow } from "@arbiter/core/courses";

export type SortDirection = "asc" | "desc";

/**
 * Sort keys of the gradebook's query string: "name", "email", "section", "total", or a
 * problem's column as "p:<slug>" (by score) and "a:<slug>" (by attempts).
 */
export function sortGradeRows(rows: readonly GradeRow[], sort: string, dir: SortDirection): GradeRow[] {
  const key = keyOf(sort);
  const sign = dir === "desc" ? -1 : 1;
  // Ties keep the core's order (by name), so a sort by score stays readable.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(key(a.row), key(b.row)) || a.index - b.index)
    .map(({ row }) => row);
}

function keyOf(sort: string): (row: GradeRow) => string | number {
  const [kind, slug] = [sort.slice(0, 2), sort.slice(2)];
  if (kind === "p:") return (row) => row.problems.find((c) => c.problem === slug)?.score ?? 0;
  if (kind === "a:") return (row) => row.problems.find((c) => c.problem === slug)?.attempts ?? 0;
  switch (sort) {
    case "email":
      return (row) => row.email;
    case "section":
      return (row) => row.section ?? "";
    case "total":
      return (row) => row.total;
    default:
      return (row) => row.name.toLowerCase();
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}
