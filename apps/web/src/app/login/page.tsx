import type { Metadata } from "next";
import { AuthCard } from "@/components/AuthCard";
import { returnPathForGuest } from "./returnPath";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const returnTo = await returnPathForGuest(searchParams);
  return (
    <AuthCard
      title="Sign in to Arbiter"
      subtitle="Solve problems, submit code, get verdicts."
      returnTo={returnTo}
      other={{ href: "/signup", prompt: "New to Arbiter?", label: "Create an account", testId: "signup-link" }}
      footnote={<DemoAccounts />}
    >
      <SignInForm returnTo={returnTo} />
    </AuthCard>
  );
}

function DemoAccounts() {
  return (
    <aside className="mt-6 w-full rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      <p className="font-medium text-zinc-800 dark:text-zinc-200">Demo accounts</p>
      <p className="mt-1">
        <code className="font-mono text-xs">student@arbiter.local</code>,{" "}
        <code className="font-mono text-xs">instructor@arbiter.local</code> or{" "}
        <code className="font-mono text-xs">admin@arbiter.local</code>, password{" "}
        <code className="font-mono text-xs">arbiter</code>.
      </p>
    </aside>
  );
}
