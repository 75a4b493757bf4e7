import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { LogOutForm } from "@/app/ui/user-menu";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).logout.title };
}

export default async function LogoutPage() {
  const [session, user, { logout: text }] = await Promise.all([getSession(), getCurrentUser(), getMessages()]);

  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={user ? text.readyTitle : text.notLoggedInTitle}>
          <div className="space-y-4 text-sm text-slate-700">
            <p>
              {user ? (
                <RichText text={text.loggedInAs} values={{ name: <strong className="text-slate-900">{user.name}</strong> }} />
              ) : (
                <RichText
                  text={text.nobody}
                  values={{
                    logIn: (
                      <TextLink href="/login">
                        {text.logIn}
                      </TextLink>
                    ),
                  }}
                />
              )}
            </p>
            <LogOutForm variant="primary" />
          </div>
        </Card>

        <SessionCard data={session.data} />

        <CodePanel id="logout" files={["lib/session/session.ts"]} />
      </div>
    </>
  );
}
