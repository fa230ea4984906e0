import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">There is nothing here, or it belongs to someone else.</p>
      <Link href="/problems" className="btn-primary mt-6">
        Back to problems
      </Link>
    </div>
  );
}
