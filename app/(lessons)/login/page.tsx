import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEMO_USERS } from "@/lib/auth/demo-users";
import { safeNextPath } from "@/lib/auth/next-path";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).login.pageTitle };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; status?: string }> }) {
  const [session, user, { next, status }, { login: text, roles }] = await Promise.all([getSession(), getCurrentUser(), searchParams, getMessages()]);
  // Only a local path is passed on to the form; anything else is dropped here and refused again by the action.
  const nextPath = typeof next === "string" && safeNextPath(next, "") === next ? next : undefined;

  return (
    <>
      <LessonHeader title={text.title}>
        <p>
          <RichText text={text.intro} values={{ key: <code className="font-mono text-sm">session[&quot;user&quot;]</code> }} />
        </p>
        <p>{user ? format(text.holdsUser, { name: user.name }) : text.holdsNoUser}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={user ? text.loggedInTitle : text.formTitle}>
          <div className="space-y-4">
            <FormMessage tone="success" message={status === "logged-out" ? text.loggedOut : undefined} />
            {user ? (
              <div className="space-y-3 text-sm text-slate-700" data-testid="already-logged-in">
                <p>
                  <RichText
                    text={text.loggedInAs}
                    values={{
                      name: <strong className="text-slate-900">{user.name}</strong>,
                      username: user.username,
                      role: <strong className="text-slate-900">{roles.names[user.role]}</strong>,
                    }}
                  />
                </p>
                <p>
                  <TextLink href="/profile">
                    {text.goToProfile}
                  </TextLink>
                </p>
                <p className="text-slate-500">{text.switchUser}</p>
              </div>
            ) : (
              <>
                {nextPath && (
                  <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-900" data-testid="next-notice">
                    <RichText text={text.continueTo} values={{ path: <code className="font-mono">{nextPath}</code> }} />
                  </p>
                )}
                <LoginForm next={nextPath} text={text} />
              </>
            )}
          </div>
        </Card>

        <Card title={text.demoTitle}>
          <p className="mb-3 text-sm text-slate-600">{text.demoIntro}</p>
          <table className="w-full text-left text-sm" data-testid="demo-accounts">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">{text.username}</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">{text.password}</th>
                <th scope="col" className="py-1.5 font-medium">{text.role}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 font-mono text-slate-900">
              {DEMO_USERS.map((demo) => (
                <tr key={demo.username}>
                  <td className="py-1.5 pr-3">{demo.username}</td>
                  <td className="py-1.5 pr-3 break-all">{demo.password}</td>
                  <td className="py-1.5 font-sans">{roles.names[demo.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm text-slate-500">{text.sameAnswer}</p>
        </Card>

        <SessionCard data={session.data} />

        <CodePanel id="login" files={["app/(lessons)/login/login-form.tsx", "lib/auth/users.ts", "lib/auth/next-path.ts", "lib/auth/password.ts"]} />
      </div>
    </>
  );
}
