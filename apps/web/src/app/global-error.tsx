"use client";

import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails (for example the database
 * is down while reading the session). The real error is in the server log only.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main className="mx-auto max-w-md px-4 py-24 text-center" role="alert">
          <h1 className="text-2xl font-semibold tracking-tight">Arbiter is having trouble</h1>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            Something went wrong on our side. Please try again in a moment.
          </p>
          <button type="button" onClick={reset} className="btn-primary mt-6">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
