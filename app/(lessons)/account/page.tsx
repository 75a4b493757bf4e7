import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { CodePanel } from "@/app/ui/code-panel";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { listOwnSessions } from "@/lib/account/own-sessions";
import { requireUser } from "@/lib/auth/current-user";
import { MAX_SESSIONS_PER_USER } from "@/lib/auth/session-limit";
import type { SessionStoreKind } from "@/lib/config/schema";
import { format, formatDateTime, getLanguage, getMessages, type Messages } from "@/lib/i18n";
import { activeStoreKind, getSession } from "@/lib/session";

import { PasswordForm } from "./password-form";
import { ReauthPanel } from "./reauth-panel";
import { OwnSessionList, type OwnSessionRow } from "./session-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).account.pageTitle };
}

/** Why a store without a list of sessions (a sealed cookie, Memcached) shows only this one, and how it still ends the rest. */
function UnlistedStoreNote({ text, store }: { text: Messages["account"]; store: SessionStoreKind }) {
  const memcached = store === "memcached";
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 p-4 text-sm text-slate-700" data-testid="unlisted-store-note">
      <p className="font-medium text-slate-900">{memcached ? text.memcachedTitle : text.cookieTitle}</p>
      <p>
        <RichText text={memcached ? text.memcachedCannotList : text.cookieCannotList} values={{ store: <strong>{store}</strong> }} />
      </p>
      <p>{memcached ? text.memcachedCanEnd : text.cookieCanEnd}</p>
    </div>
  );
}

export default async function AccountPage() {
  await requireUser("/account");
  const [{ listable, sessions }, session, { account: text }, language] = await Promise.all([listOwnSessions(), getSession(), getMessages(), getLanguage()]);
  const when = (date: Date) => ({ iso: date.toISOString(), shown: formatDateTime(date, language) });
  const rows: OwnSessionRow[] = sessions.map((own, index) => ({
    key: own.id ?? `current-${index}`,
    id: own.id,
    device: own.device ? format(text.device, { ...own.device }) : text.unknownDevice,
    started: when(own.createdAt),
    lastUsed: when(own.lastSeenAt),
    isCurrent: own.isCurrent,
  }));

  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card title={text.sessionsTitle}>
            <div className="space-y-4">
              <ReauthPanel />
              <OwnSessionList sessions={rows} listable={listable} text={text} />
              <p className="text-sm text-slate-600" data-testid="session-limit">
                {format(listable ? text.sessionLimit : text.sessionLimitUncounted, { max: MAX_SESSIONS_PER_USER })}
              </p>
              {!listable && <UnlistedStoreNote text={text} store={activeStoreKind()} />}
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={text.passwordTitle}>
            <PasswordForm text={text} />
          </Card>
          <SessionCard data={session.data} />
        </div>

        <CodePanel id="account" files={["app/(lessons)/account/page.tsx", "lib/account/own-sessions.ts", "lib/auth/users.ts"]} />
      </div>
    </>
  );
}
