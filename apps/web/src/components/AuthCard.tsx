import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "./Logo";

/** Where signing in goes by default, so a link back to it needs no `?next=`. */
const DEFAULT_RETURN_PATH = "/problems";

interface AuthCardProps {
  title: string;
  subtitle: string;
  /** Centre the subtitle's lines (it wraps on phones). */
  centerSubtitle?: boolean;
  /** The page to go to once signed in; the link to the other form passes it on. */
  returnTo: string;
  /** The line under the card that leads to the other form (sign in ⇄ sign up). */
  other: { href: "/login" | "/signup"; prompt: string; label: string; testId?: string };
  /** The form, shown in the card. */
  children: ReactNode;
  /** Anything under that line. */
  footnote?: ReactNode;
}

/** The frame of the sign-in and sign-up pages: logo, heading, the form in a card, the way to the other form. */
export function AuthCard({ title, subtitle, centerSubtitle, returnTo, other, children, footnote }: AuthCardProps) {
  const otherHref =
    returnTo === DEFAULT_RETURN_PATH ? other.href : `${other.href}?next=${encodeURIComponent(returnTo)}`;
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center pt-6 sm:pt-12">
      <Logo />
      <h1 className="mt-6 text-2xl font-semibold tracking-tight">{title}</h1>
      <p className={`mt-1 ${centerSubtitle ? "text-center " : ""}text-sm text-zinc-600 dark:text-zinc-400`}>
        {subtitle}
      </p>
      <div className="card mt-8 w-full p-6">{children}</div>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        {other.prompt}{" "}
        <Link
          href={otherHref}
          className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
          data-testid={other.testId}
        >
          {other.label}
        </Link>
      </p>
      {footnote}
    </div>
  );
}
