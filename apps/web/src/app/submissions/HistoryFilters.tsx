"use client";

import { LANGUAGES, LANGUAGE_IDS, VERDICTS, VERDICT_LABELS } from "@arbiter/shared";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useEffect, useState, useTransition, type ChangeEvent, type ReactNode } from "react";

interface Props {
  problems: { slug: string; title: string }[];
  current: { problem?: string; verdict?: string; language?: string };
}

/**
 * The history's filters as a plain GET form (works without JavaScript); once hydrated,
 * changing a select applies it at once and the Apply button goes away.
 */
export function HistoryFilters({ problems, current }: Props) {
  const router = useRouter();
  const [hydrated, setHydrated] = useState(false);
  const [pending, startTransition] = useTransition();
  useEffect(() => setHydrated(true), []);

  const apply = (event: ChangeEvent<HTMLSelectElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value) params.set(key, value);
    }
    // A new filter starts from the newest page: the cursor is deliberately dropped.
    startTransition(() => router.push(params.size > 0 ? `/submissions?${params.toString()}` : "/submissions"));
  };
  const filtered = Boolean(current.problem || current.verdict || current.language);

  return (
    <form
      method="get"
      action="/submissions"
      className="flex flex-wrap items-end gap-3"
      data-testid="history-filters"
      data-hydrated={hydrated ? "" : undefined}
      aria-busy={pending}
    >
      <Select label="Problem" name="problem" value={current.problem} onChange={apply}>
        <option value="">All problems</option>
        {problems.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.title}
          </option>
        ))}
        {current.problem && !problems.some((p) => p.slug === current.problem) && (
          <option value={current.problem}>{current.problem}</option>
        )}
      </Select>
      <Select label="Verdict" name="verdict" value={current.verdict} onChange={apply}>
        <option value="">Any verdict</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABELS[v]}
          </option>
        ))}
        <option value="pending">Not judged yet</option>
      </Select>
      <Select label="Language" name="language" value={current.language} onChange={apply}>
        <option value="">Any language</option>
        {LANGUAGE_IDS.map((id) => (
          <option key={id} value={id}>
            {LANGUAGES[id].name}
          </option>
        ))}
      </Select>
      {!hydrated && (
        <button type="submit" className="btn-secondary">
          Apply
        </button>
      )}
      {filtered && (
        <Link href="/submissions" className="btn px-2 text-indigo-600 hover:text-indigo-500 dark:text-indigo-400">
          Clear filters
        </Link>
      )}
    </form>
  );
}

function Select({
  label,
  name,
  value,
  onChange,
  children,
}: {
  label: string;
  name: string;
  value: string | undefined;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  children: ReactNode;
}) {
  return (
    <label className="min-w-40 flex-1 sm:flex-none">
      <span className="label">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        onChange={onChange}
        className="input pr-8"
        data-testid={`filter-${name}`}
      >
        {children}
      </select>
    </label>
  );
}
