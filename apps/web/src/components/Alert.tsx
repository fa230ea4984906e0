import type { ReactNode } from "react";

const TONES = {
  error: "bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-500/10 dark:text-red-200 dark:ring-red-400/30",
  warning:
    "bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30",
  info: "bg-sky-50 text-sky-900 ring-sky-600/20 dark:bg-sky-500/10 dark:text-sky-200 dark:ring-sky-400/30",
} as const;

interface AlertProps {
  tone: keyof typeof TONES;
  children: ReactNode;
  id?: string;
  testId?: string;
  className?: string;
}

/** A message box. Errors and warnings are announced to screen readers as they appear. */
export function Alert({ tone, children, id, testId, className = "" }: AlertProps) {
  return (
    <div
      id={id}
      role={tone === "info" ? "status" : "alert"}
      data-testid={testId}
      data-tone={tone}
      className={`rounded-lg px-3 py-2 text-sm ring-1 ring-inset ${TONES[tone]} ${className}`}
    >
      {children}
    </div>
  );
}
