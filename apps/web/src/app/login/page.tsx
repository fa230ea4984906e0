import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Logo } from "@/components/Logo";
import { getCurrentUser, safeReturnPath } from "@/server/auth";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await getCurrentUser()) redirect(returnTo);

  return (
    <div className="mx-auto flex max-w-sm flex-col items-center pt-6 sm:pt-12">
      <Logo />
      <h1 className="mt-6 text-2xl font-semibold tracking-tight">Sign in to Arbiter</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Solve problems, submit code, get verdicts.</p>
      <div className="card mt-8 w-full p-6">
        <SignInForm returnTo={returnTo} />
      </div>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        New to Arbiter?{" "}
        <Link
          href={returnTo === "/problems" ? "/signup" : `/signup?next=${encodeURIComponent(returnTo)}`}
          className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
          data-testid="signup-link"
        >
          Create an account
        </Link>
      </p>
      <aside className="mt-6 w-full rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        <p className="font-medium text-zinc-800 dark:text-zinc-200">Demo accounts</p>
        <p className="mt-1">
          <code className="font-mono text-xs">student@arbiter.local</code>,{" "}
          <code className="font-mono text-xs">instructor@arbiter.local</code> or{" "}
          <code className="font-mono text-xs">admin@arbiter.local</code>, password{" "}
          <code className="font-mono text-xs">arbiter</code>.
        </p>
      </aside>
    </div>
  );
}
