import { MIN_PASSWORD_LENGTH } from "@arbiter/core";
import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { ChangePasswordForm } from "./ChangePasswordForm";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
      <dl className="card mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 p-6 text-sm" data-testid="account">
        <dt className="text-zinc-500 dark:text-zinc-400">Name</dt>
        <dd className="min-w-0 truncate">{user.name}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Email</dt>
        <dd className="min-w-0 truncate">{user.email}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Role</dt>
        <dd className="capitalize">{user.role}</dd>
      </dl>
      <section className="card mt-6 p-6" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold tracking-tight">
          Change password
        </h2>
        <p className="mt-1 mb-5 text-sm text-zinc-600 dark:text-zinc-400">
          Every other browser signed in to your account is signed out when you change it.
        </p>
        {user.passwordHash ? (
          <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} />
        ) : (
          <p className="text-sm">
            This account signs in with API tokens only; an administrator can give it a password.
          </p>
        )}
      </section>
    </div>
  );
}
