import type { User } from "@arbiter/db";
import Link from "next/link";
import { Logo } from "./Logo";
import { NavLink } from "./NavLink";
import { SignInLink } from "./SignInLink";

const ROLE_STYLES: Record<User["role"], string> = {
  student: "bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-500/30",
  instructor: "bg-sky-100 text-sky-800 ring-sky-600/20 dark:bg-sky-500/15 dark:text-sky-300 dark:ring-sky-400/30",
  admin: "bg-rose-100 text-rose-800 ring-rose-600/20 dark:bg-rose-500/15 dark:text-rose-300 dark:ring-rose-400/30",
};

/** The site header: brand, sections, and who is signed in. */
export function TopBar({ user }: { user: User | null }) {
  return (
    <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/85">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href="/problems" className="mr-1 shrink-0 rounded-md sm:mr-4" aria-label="Arbiter home">
          <Logo compact />
        </Link>
        {user && (
          // Scrolls sideways on the narrowest phones rather than widening the page.
          <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 overflow-x-auto sm:gap-1">
            <NavLink href="/problems">Problems</NavLink>
            <NavLink href="/courses">Courses</NavLink>
            <NavLink href="/contests">Contests</NavLink>
            <NavLink href="/submissions">
              <span className="sm:hidden">Mine</span>
              <span className="hidden sm:inline">My submissions</span>
            </NavLink>
          </nav>
        )}
        <div className="ml-auto flex items-center gap-2 sm:gap-3">
          {user ? (
            <>
              <Link
                href="/account"
                title="Your account"
                className="group flex min-w-0 items-center gap-2 rounded-md sm:gap-3"
                data-testid="account-link"
              >
                <span
                  className="hidden max-w-56 truncate text-sm text-zinc-600 group-hover:text-zinc-900 md:inline dark:text-zinc-400 dark:group-hover:text-white"
                  data-testid="user-email"
                >
                  {user.email}
                </span>
                <span
                  // Hidden on phones: with the Courses link the bar would not fit 390 px (the role is on /account).
                  className={`hidden rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ring-inset sm:inline ${ROLE_STYLES[user.role]}`}
                  data-testid="user-role"
                >
                  {user.role}
                </span>
              </Link>
              <form action="/logout" method="post">
                <button
                  type="submit"
                  className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
                >
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <SignInLink />
          )}
        </div>
      </div>
    </header>
  );
}
