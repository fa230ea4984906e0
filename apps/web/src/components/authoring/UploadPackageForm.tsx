"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/Alert";

interface UploadAnswer {
  slug: string;
  title: string;
  tests: number;
  groups: number;
  created: boolean;
  warnings: string[];
  verification: { id: string; submissionIds: string[] } | null;
}

interface Props {
  /** Where a new problem may go: "" is the archive, otherwise a course slug. */
  targets: { value: string; label: string }[];
  /** Re-uploading a known problem: its slug is fixed. */
  slug?: string;
  testId: string;
}

/** "aplusb.zip" → "aplusb": the CLI's default slug, when it is one. */
function slugFromFileName(name: string): string {
  const base = name.replace(/\.(zip|kpp)$/i, "").toLowerCase();
  return /^[a-z0-9][a-z0-9_-]{0,62}$/.test(base) ? base : "";
}

/**
 * Sends a package zip to `POST /api/v1/problems` as the request body (a server action
 * would buffer it under a 1 MB limit), then shows what was imported, the importer's
 * warnings, and how many shipped submissions went to the judge for verification.
 */
export function UploadPackageForm({ targets, slug: fixedSlug, testId }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [slug, setSlug] = useState(fixedSlug ?? "");
  const [target, setTarget] = useState(targets[0]?.value ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError("Choose a problem package (.zip) first.");
    setPending(true);
    setError(null);
    setAnswer(null);
    try {
      const query = new URLSearchParams({ slug, ...(target ? { course: target } : {}) });
      const response = await fetch(`/api/v1/problems?${query}`, {
        method: "POST",
        headers: { "content-type": "application/zip" },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as UploadAnswer | { error?: { message?: string } } | null;
      if (!response.ok || !body || !("slug" in body)) {
        setError(
          (body && "error" in body && body.error?.message) ||
            (response.status === 413 ? "The package is too large to upload." : "The upload failed; please try again."),
        );
        return;
      }
      setAnswer(body);
      router.refresh();
    } catch {
      setError("The upload did not reach the server; check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3" data-testid={testId} noValidate>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor={`${testId}-file`} className="label">
            Problem package (.zip, Kattis/ICPC format)
          </label>
          <input
            id={`${testId}-file`}
            type="file"
            accept=".zip,.kpp,application/zip"
            className="block w-full text-sm"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !fixedSlug && !slug) setSlug(slugFromFileName(chosen.name));
            }}
          />
        </div>
        {!fixedSlug && (
          <div>
            <label htmlFor={`${testId}-slug`} className="label">
              Short name (in links)
            </label>
            <input
              id={`${testId}-slug`}
              className="input font-mono"
              value={slug}
              onChange={(e) => setSlug(e.target.value)}
              placeholder="e.g. a-plus-b"
            />
          </div>
        )}
        {!fixedSlug && targets.length > 0 && (
          <div className="sm:col-span-2">
            <label htmlFor={`${testId}-target`} className="label">
              Add it to
            </label>
            <select
              id={`${testId}-target`}
              className="input"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              {targets.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Uploading and checking…" : fixedSlug ? "Upload a new version" : "Upload"}
      </button>
      {error && (
        <Alert tone="error" testId={`${testId}-error`}>
          {error}
        </Alert>
      )}
      {answer && (
        <Alert tone="info" testId={`${testId}-done`}>
          <p>
            {answer.created ? "Imported" : "Replaced"} “{answer.title}” with {answer.tests} tests in {answer.groups}{" "}
            groups; {answer.verification?.submissionIds.length ?? 0} shipped{" "}
            {answer.verification?.submissionIds.length === 1 ? "submission is" : "submissions are"} being judged to
            verify it.{" "}
            {!fixedSlug && (
              <Link href={`/author/${answer.slug}`} className="font-medium underline" data-testid="open-authoring">
                Edit and see the verification
              </Link>
            )}
          </p>
          {answer.warnings.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-xs" data-testid={`${testId}-warnings`}>
              {answer.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  );
}
