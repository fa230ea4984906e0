import { can } from "@arbiter/core";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/Alert";
import { requireUser } from "@/server/auth";
import { NewCourseForm } from "./NewCourseForm";

export const metadata: Metadata = { title: "New course" };

export default async function NewCoursePage() {
  const user = await requireUser("/courses/new");
  return (
    <div className="mx-auto max-w-xl">
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
        <Link href="/courses" className="hover:text-zinc-800 dark:hover:text-zinc-200">
          My courses
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">New course</h1>
      <div className="card mt-6 p-6">
        {can(user, "course.create", { kind: "site" }) ? (
          <NewCourseForm />
        ) : (
          <Alert tone="warning" testId="not-allowed">
            Only instructors and admins can create courses. Ask an administrator if you teach one.
          </Alert>
        )}
      </div>
    </div>
  );
}
