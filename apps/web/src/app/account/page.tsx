import { MIN_PASSWORD_LENGTH, listApiTokens } from "@arbiter/core";
import type { Metadata } from "next";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { CreateTokenForm } from "./CreateTokenForm";
import { revokeToken } from "./tokenActions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const tokens = await listApiTokens(getDb(), user.id);
  const now = Date.now();
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
          Every other browser signed in to your account is signed out when you change it, and all your API tokens are
          revoked (an administrator resetting it does the same).
        </p>
        {user.passwordHash ? (
          <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} />
        ) : (
          <p className="text-sm">
            This account signs in with API tokens only; an administrator can give it a password.
          </p>
        )}
      </section>
      <section className="card mt-6 p-6" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="text-lg font-semibold tracking-tight">
          API tokens
        </h2>
        <p className="mt-1 mb-5 text-sm text-zinc-600 dark:text-zinc-400">
          Scripts and the REST API sign in with a token (<code>Authorization: Bearer …</code>). Revoke one you no longer
          use or may have leaked. Changing your password revokes them all.
        </p>
        {tokens.length > 0 ? (
          <ul className="mb-6 divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="token-list">
            {tokens.map((t) => {
              const expired = t.expiresAt !== null && t.expiresAt.getTime() <= now;
              return (
                <li
                  key={t.id}
                  className="flex items-center justify-between gap-4 py-3"
                  data-testid="token-row"
                  data-id={t.id}
                >
                  <div className="min-w-0">
                    <p className="truncate font-medium">{t.name || "Unnamed token"}</p>
                    <p className="text-xs text-zinc-500 dark:text-zinc-400">
                      Created {formatDateTime(t.createdAt)} ·{" "}
                      {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"} ·{" "}
                      {t.expiresAt
                        ? `${expired ? "expired" : "expires"} ${formatDateTime(t.expiresAt)}`
                        : "never expires"}
                    </p>
                  </div>
                  <form action={revokeToken}>
                    <input type="hidden" name="id" value={t.id} />
                    <button type="submit" className="btn-secondary text-sm" data-testid="revoke-token">
                      Revoke
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mb-6 text-sm text-zinc-500 dark:text-zinc-400" data-testid="no-tokens">
            You have no API tokens.
          </p>
        )}
        <CreateTokenForm />
      </section>
    </div>
  );
}
