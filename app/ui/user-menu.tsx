import Link from "next/link";

import type { SessionUser } from "@/lib/auth/session-user";
import { getMessages } from "@/lib/i18n";

const buttonLooks = {
  primary: "bg-indigo-600 px-4 py-2 text-white hover:bg-indigo-700 min-h-10",
  compact: "border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50",
};

/**
 * Log-out is a plain HTML form POSTing to /logout (app/(lessons)/logout/route.ts): it works
 * without JavaScript, and a POST is what a cross-site link or image cannot send.
 */
export async function LogOutForm({ variant = "compact" }: { variant?: keyof typeof buttonLooks }) {
  const { header } = await getMessages();
  return (
    <form action="/logout" method="post" className="shrink-0">
      <button type="submit" className={`inline-flex items-center justify-center rounded-lg text-sm font-medium shadow-sm transition-colors ${buttonLooks[variant]}`}>
        {header.logOut}
      </button>
    </form>
  );
}

/** The way in, for a visitor the session does not know. */
export async function LogInLink() {
  const { header } = await getMessages();
  return (
    <Link href="/login" className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-700">
      {header.logIn}
    </Link>
  );
}

/** Who the session says is logged in (name and role), with the way out. */
export async function UserMenu({ user }: { user: SessionUser }) {
  const { header, roles, account } = await getMessages();
  return (
    <div
      data-testid="user-menu"
      className="flex w-full items-center justify-between gap-3 border-t border-slate-100 pt-2 sm:w-auto sm:border-0 sm:pt-0"
    >
      <Link href="/profile" className="flex min-w-0 items-center gap-2 rounded-lg text-sm hover:text-indigo-700">
        <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="sr-only">{header.loggedInAs}</span>
        <span className="min-w-0 truncate font-medium text-slate-900" data-testid="current-user">
          {user.name}
        </span>
        <span
          data-testid="current-role"
          className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${user.role === "admin" ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700"}`}
        >
          {roles.names[user.role]}
        </span>
      </Link>
      <Link href="/account" className="shrink-0 rounded-lg px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50 hover:text-indigo-700">
        {account.menuLink}
      </Link>
      <LogOutForm />
    </div>
  );
}
