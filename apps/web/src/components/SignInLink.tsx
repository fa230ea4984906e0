"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The top bar's sign-in button; hidden on the sign-in page itself. */
export function SignInLink() {
  const pathname = usePathname();
  if (pathname.startsWith("/login")) return null;
  return (
    <Link href="/login" className="btn-primary py-1.5">
      Sign in
    </Link>
  );
}
