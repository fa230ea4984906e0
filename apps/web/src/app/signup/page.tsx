import { MIN_PASSWORD_LENGTH } from "@arbiter/core";
import type { Metadata } from "next";
import { AuthCard } from "@/components/AuthCard";
import { returnPathForGuest } from "../login/returnPath";
import { SignUpForm } from "./SignUpForm";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const returnTo = await returnPathForGuest(searchParams);
  return (
    <AuthCard
      title="Create your account"
      subtitle="A free student account: solve problems and see your verdicts."
      centerSubtitle
      returnTo={returnTo}
      other={{ href: "/login", prompt: "Already have an account?", label: "Sign in" }}
    >
      <SignUpForm returnTo={returnTo} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
