"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The top bar's account links for visitors; each hides itself on its own page. */
export function SignInLink() {
  const pathname = usePathname();
  return (
    <>
      {!pathname.startsWith("/signup") && (
        <Link
          href="/signup"
          className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
        >
          Sign up
        </Link>
      )}
      {!pathname.startsWith("/login") && (
        <Link href="/login" className="btn-primary py-1.5 whitespace-nowrap">
          Sign in
        </Link>
      )}
    </>
  );
}
