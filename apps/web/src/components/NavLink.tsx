"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A top-bar link that marks itself current for its whole section (`/problems/…`). */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`shrink-0 rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap transition-colors sm:px-3 ${
        active
          ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800/80 dark:text-white"
          : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800/70 dark:hover:text-white"
      }`}
    >
      {children}
    </Link>
  );
}
