"use client";

import Form from "next/form";
import Link from "next/link";
import { useRef } from "react";
import { DIFFICULTY_LABELS } from "@/lib/difficulty";

interface ProblemFiltersProps {
  q: string;
  tag: string;
  difficulty: string;
  tags: string[];
}

/**
 * Search and filters as a GET form (works without JavaScript; with it, next/form
 * navigates client-side and the selects apply as soon as they change).
 */
export function ProblemFilters({ q, tag, difficulty, tags }: ProblemFiltersProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const filtered = Boolean(q || tag || difficulty);
  const submit = () => formRef.current?.requestSubmit();
  return (
    <Form
      ref={formRef}
      action="/problems"
      className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-center"
      role="search"
      data-testid="problem-filters"
    >
      <div className="relative min-w-0 flex-1">
        <label htmlFor="q" className="sr-only">
          Search problems
        </label>
        <svg
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          aria-hidden="true"
        >
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m13 13 4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder="Search by title or slug"
          className="input pl-9"
          data-testid="problem-search"
        />
      </div>
      <div className="flex gap-2">
        <label htmlFor="tag" className="sr-only">
          Tag
        </label>
        <select
          id="tag"
          name="tag"
          defaultValue={tag}
          onChange={submit}
          className="input w-auto min-w-0 flex-1 sm:flex-none"
          data-testid="tag-filter"
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="difficulty" className="sr-only">
          Difficulty
        </label>
        <select
          id="difficulty"
          name="difficulty"
          defaultValue={difficulty}
          onChange={submit}
          className="input w-auto min-w-0 flex-1 sm:flex-none"
          data-testid="difficulty-filter"
        >
          <option value="">Any difficulty</option>
          {Object.entries(DIFFICULTY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {/* Enter searches and the selects apply at once; the button is for pointer users with room for it. */}
        <button type="submit" className="btn-secondary hidden sm:inline-flex">
          Search
        </button>
        {filtered && (
          <Link href="/problems" className="btn-secondary hidden sm:inline-flex" data-testid="clear-filters">
            Clear
          </Link>
        )}
      </div>
    </Form>
  );
}
