"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/Alert";
import { EMPTY_FORM_RESULT, type FormResult } from "@/lib/formResult";
import { StatementPreview } from "./StatementPreview";

export interface ProblemDetailsValues {
  title: string;
  statement: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  tags: string[];
  difficulty: number | null;
}

interface Props {
  initial: ProblemDetailsValues;
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
}

/** Title, limits, tags, difficulty and the statement with a live preview beside it. */
export function ProblemDetailsForm({ initial, action }: Props) {
  const [state, run, pending] = useActionState(action, EMPTY_FORM_RESULT);
  const [title, setTitle] = useState(initial.title);
  const [statement, setStatement] = useState(initial.statement);
  const [timeLimit, setTimeLimit] = useState(String(initial.timeLimitMs));
  const [memory, setMemory] = useState(String(initial.memoryLimitMb));
  const [tags, setTags] = useState(initial.tags.join(", "));
  const [difficulty, setDifficulty] = useState(initial.difficulty === null ? "" : String(initial.difficulty));
  const invalid = (field: string) => (state.field === field ? "border-red-400 dark:border-red-500/60" : "");

  return (
    <form action={run} className="space-y-4" data-testid="problem-details-form" noValidate>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="p-title" className="label">
            Title
          </label>
          <input
            id="p-title"
            name="title"
            className={`input ${invalid("title")}`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="p-time" className="label">
            Time limit (ms)
          </label>
          <input
            id="p-time"
            name="timeLimitMs"
            type="number"
            className={`input ${invalid("timeLimitMs")}`}
            value={timeLimit}
            onChange={(e) => setTimeLimit(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="p-memory" className="label">
            Memory limit (MiB)
          </label>
          <input
            id="p-memory"
            name="memoryLimitMb"
            type="number"
            className={`input ${invalid("memoryLimitMb")}`}
            value={memory}
            onChange={(e) => setMemory(e.target.value)}
          />
        </div>
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="p-tags" className="label">
            Tags (comma-separated)
          </label>
          <input
            id="p-tags"
            name="tags"
            className={`input ${invalid("tags")}`}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="p-difficulty" className="label">
            Difficulty
          </label>
          <select
            id="p-difficulty"
            name="difficulty"
            className="input"
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value)}
          >
            <option value="">Not given</option>
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <label htmlFor="p-statement" className="label">
            Statement (Markdown, $…$ and $$…$$ for KaTeX)
          </label>
          <textarea
            id="p-statement"
            name="statement"
            rows={18}
            className={`input font-mono text-[13px] ${invalid("statement")}`}
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
          />
        </div>
        <div>
          <p className="label">Preview</p>
          <StatementPreview source={statement} />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </button>
      {state.error && (
        <Alert tone="error" testId="problem-details-error">
          {state.error}
        </Alert>
      )}
      {!state.error && state.done && (
        <Alert tone="info" testId="problem-details-done">
          {state.done}
        </Alert>
      )}
    </form>
  );
}
