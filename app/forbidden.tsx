import type { Metadata } from "next";
import Link from "next/link";

import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Forbidden" };

// Rendered with status 403 when requireRole() calls forbidden(). "admin" is the only role a page
// can require, so the heading can say which one is missing.
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-rose-700">403 Forbidden</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">You need the admin role</h1>
      <p className="mt-3 text-pretty text-slate-600">
        {user ? (
          <>
            You are logged in as <strong className="text-slate-900">{user.name}</strong>, whose role is{" "}
            <strong className="text-slate-900">{user.role}</strong>.{" "}
          </>
        ) : null}
        The server checked the role in your session and refused. It did not send you to the login page: you are already
        logged in, and logging in again would not change your role.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/dashboard" className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          Back to the dashboard
        </Link>
        <Link href="/" className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
          Home
        </Link>
      </div>
    </div>
  );
}
