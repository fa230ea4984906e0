import { formatJoinCode } from "@arbiter/core/courses";
import { CopyButton } from "@/components/CopyButton";
import { disableJoinCodeAction, rotateJoinCodeAction } from "./actions";

/** The join code with copy, rotate and switch-off controls (instructors only). */
export function JoinCodePanel({ course, joinCode }: { course: string; joinCode: string | null }) {
  return (
    <section className="card flex flex-wrap items-center gap-4 p-6" aria-labelledby="join-code-heading">
      <div className="min-w-0 flex-1">
        <h2 id="join-code-heading" className="text-lg font-semibold tracking-tight">
          Join code
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {joinCode
            ? "Students enter it under My courses → Join a course. Rotating it stops the old code at once."
            : "Joining by code is switched off. Turn it on again with a new code."}
        </p>
      </div>
      {joinCode && (
        <div className="flex items-center gap-1 rounded-lg bg-zinc-100 px-3 py-1.5 dark:bg-zinc-800">
          <span className="font-mono text-lg tracking-widest" data-testid="join-code">
            {formatJoinCode(joinCode)}
          </span>
          <CopyButton text={formatJoinCode(joinCode)} label="Copy join code" />
        </div>
      )}
      <div className="flex gap-2">
        <form action={rotateJoinCodeAction.bind(null, course)}>
          <button type="submit" className="btn-secondary" data-testid="rotate-join-code">
            {joinCode ? "Rotate" : "Switch on with a new code"}
          </button>
        </form>
        {joinCode && (
          <form action={disableJoinCodeAction.bind(null, course)}>
            <button type="submit" className="btn-secondary" data-testid="disable-join-code">
              Switch off
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
