import Link from "next/link";
import type { ReactNode } from "react";
import type { SortDirection } from "./sortGradeRows";

interface Props {
  base: string;
  section: string;
  sortKey: string;
  current: string;
  dir: SortDirection;
  align?: "right" | undefined;
  children: ReactNode;
}

/** A column header that sorts by its column; clicking the sorted one reverses the order. */
export function SortHeader({ base, section, sortKey, current, dir, align, children }: Props) {
  const active = current === sortKey;
  const next: SortDirection = active && dir === "asc" ? "desc" : "asc";
  const query = new URLSearchParams({ ...(section ? { section } : {}), sort: sortKey, dir: next });
  return (
    <th
      scope="col"
      className={`px-3 py-2.5 whitespace-nowrap ${align === "right" ? "text-right" : ""}`}
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={`${base}?${query.toString()}`}
        className="hover:text-zinc-900 dark:hover:text-white"
        data-sort={sortKey}
      >
        {children}
        {active && <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}
