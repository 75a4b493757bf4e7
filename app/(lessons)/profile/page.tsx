import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { Timestamp } from "@/app/ui/timestamp";
import { requireUser } from "@/lib/auth/current-user";
import { getOwnAccount } from "@/lib/auth/users";
import { format, getLanguage, getMessages } from "@/lib/i18n";
import { getPreferences, LANGUAGE_NAMES } from "@/lib/preferences";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).profile.pageTitle };
}

function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium break-words text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export default async function ProfilePage() {
  // #region profile-gate
  // The gate comes first: logged out, this redirects to /login?next=%2Fprofile before anything is read.
  const user = await requireUser("/profile");
  const [account, preferences, session, { profile: text, roles }, language] = await Promise.all([
    getOwnAccount("/profile"),
    getPreferences(),
    getSession(),
    getMessages(),
    getLanguage(),
  ]);
  // #endregion profile-gate

  return (
    <>
      <LessonHeader title={format(text.title, { name: user.name })}>
        <p>
          <RichText text={text.intro} values={{ key: <code className="font-mono text-sm">user</code> }} />
        </p>
        <p>{text.noStore}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={text.fromSession}>
          <dl className="divide-y divide-slate-100 text-sm">
            <Fact label={text.name} testId="profile-name">{user.name}</Fact>
            <Fact label={text.username} testId="profile-username">{user.username}</Fact>
            <Fact label={text.role} testId="profile-role">{roles.names[user.role]}</Fact>
            <Fact label={text.loggedInAt} testId="profile-logged-in-at">
              <Timestamp date={new Date(user.loggedInAt)} language={language} />
            </Fact>
            {account && (
              <Fact label={text.memberSince} testId="profile-member-since">
                <Timestamp date={account.memberSince} language={language} />
              </Fact>
            )}
          </dl>
          <p className="mt-3 text-xs text-slate-500">{text.memberSinceNote}</p>
        </Card>

        <Card title={text.preferencesTitle}>
          <dl className="divide-y divide-slate-100 text-sm">
            <Fact label={text.language} testId="preference-language">{LANGUAGE_NAMES[preferences.language]}</Fact>
            <Fact label={text.theme} testId="preference-theme">{text.themes[preferences.theme]}</Fact>
            <Fact label={text.notifications} testId="preference-notifications">{preferences.notifications ? text.on : text.off}</Fact>
          </dl>
          <p className="mt-3 text-xs text-slate-500">
            <RichText text={text.preferencesNote} values={{ key: <code className="font-mono">session[&quot;preferences&quot;]</code> }} />
          </p>
        </Card>

        <SessionCard data={session.data} />

        <CodePanel id="profile" files={["lib/auth/users.ts", "lib/preferences/index.ts"]} />
      </div>
    </>
  );
}
