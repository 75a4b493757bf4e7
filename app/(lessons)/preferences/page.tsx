import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionCard } from "@/app/ui/session-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { format, getMessages } from "@/lib/i18n";
import { getPreferences } from "@/lib/preferences";
import { getSession } from "@/lib/session";

import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).preferences.title };
}

export default async function PreferencesPage() {
  const [preferences, user, session, { preferences: text }] = await Promise.all([getPreferences(), getCurrentUser(), getSession(), getMessages()]);
  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={text.formTitle}>
          <PreferencesForm current={preferences} text={text} />
        </Card>

        <div className="min-w-0 space-y-6">
          <SessionCard data={session.data} />
          <Card title={text.whereTitle}>
            <ul className="space-y-2 text-sm text-slate-600">
              <li>
                <strong className="text-slate-900">{text.inSessionLabel}</strong> {text.inSession}
              </li>
              <li>
                <strong className="text-slate-900">{text.inRecordLabel}</strong> {text.inRecord}
              </li>
            </ul>
            <p className="mt-3 text-sm" data-testid="preferences-owner">
              {user ? (
                format(text.loggedInAs, { name: user.name })
              ) : (
                <>
                  {text.notLoggedIn}{" "}
                  <Link href="/login?next=%2Fpreferences" className="font-medium text-indigo-700 underline">
                    {text.logInToKeep}
                  </Link>
                </>
              )}
            </p>
          </Card>
        </div>

        <CodePanel id="preferences" files={["app/(lessons)/preferences/preferences-form.tsx", "lib/preferences/negotiate.ts", "app/layout.tsx"]} />
      </div>
    </>
  );
}
