"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ClarificationBadge } from "./ClarificationBadge";

interface Tab {
  href: string;
  label: string;
  badge?: boolean;
}

/** The contest's sections; the current one is marked, clarifications carry the live badge. */
export function ContestTabs({ slug, isJury, over }: { slug: string; isJury: boolean; over: boolean }) {
  const pathname = usePathname();
  const base = `/contests/${slug}`;
  const tabs: Tab[] = [
    { href: base, label: "Overview" },
    { href: `${base}/scoreboard`, label: "Scoreboard" },
    { href: `${base}/clarifications`, label: "Clarifications", badge: true },
    ...(isJury ? [{ href: `${base}/jury`, label: "Jury" }] : []),
    ...(isJury && over ? [{ href: `${base}/reveal`, label: "Reveal" }] : []),
  ];
  return (
    <nav aria-label="Contest" className="flex gap-1 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
      {tabs.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
              active
                ? "border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-white"
                : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
            }`}
          >
            {tab.label}
            {tab.badge && <ClarificationBadge slug={slug} isJury={isJury} onPage={active} />}
          </Link>
        );
      })}
    </nav>
  );
}
