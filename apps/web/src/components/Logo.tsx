/** The Arbiter mark and word; `compact` hides the word on narrow screens. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="flex items-center gap-2 text-base font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="7" className="fill-indigo-600" />
        <path
          d="M9 23 16 8l7 15M11.8 17.5h8.4"
          fill="none"
          stroke="#fff"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={compact ? "hidden sm:inline" : undefined}>Arbiter</span>
    </span>
  );
}
