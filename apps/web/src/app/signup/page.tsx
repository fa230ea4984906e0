import { MIN_PASSWORD_LENGTH } from "@arbiter/core";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Logo } from "@/components/Logo";
import { getCurrentUser, safeReturnPath } from "@/server/auth";
import { SignUpForm } from "./SignUpForm";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await getCurrentUser()) redirect(returnTo);

  return (
    <div className="mx-auto flex max-w-sm flex-col items-center pt-6 sm:pt-12">
      <Logo />
      <h1 className="mt-6 text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1 text-center text-sm text-zinc-600 dark:text-zinc-400">
        A free student account: solve problems and see your verdicts.
      </p>
      <div className="card mt-8 w-full p-6">
        <SignUpForm returnTo={returnTo} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </div>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link
          href={returnTo === "/problems" ? "/login" : `/login?next=${encodeURIComponent(returnTo)}`}
          className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
