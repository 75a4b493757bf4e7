import type { Metadata } from "next";

import { ButtonLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { format, getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).forbidden.pageTitle };
}

// Rendered with status 403 when requireRole() calls forbidden(). "admin" is the only role a page
// can require, so the heading can say which one is missing.
export default async function Forbidden() {
  const [user, { forbidden: text, roles, errors }] = await Promise.all([getCurrentUser(), getMessages()]);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      {/* The HTTP status line, the same in every language. */}
      <p className="text-sm font-medium text-rose-700">403 Forbidden</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance">{format(text.title, { role: roles.names.admin })}</h1>
      <p className="mt-3 text-pretty text-slate-600">
        {user ? (
          <>
            <RichText
              text={text.loggedInAs}
              values={{ name: <strong className="text-slate-900">{user.name}</strong>, role: <strong className="text-slate-900">{roles.names[user.role]}</strong> }}
            />{" "}
          </>
        ) : null}
        {text.explanation}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/dashboard">
          {text.backToDashboard}
        </ButtonLink>
        <ButtonLink variant="secondary" href="/">
          {errors.home}
        </ButtonLink>
      </div>
    </div>
  );
}
