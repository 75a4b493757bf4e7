import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { requireRole } from "@/lib/auth/current-user";
import type { SessionStoreKind } from "@/lib/config/schema";
import { format, formatDateTime, getLanguage, getMessages, plural, type Messages } from "@/lib/i18n";
import { activeStoreKind, getSession } from "@/lib/session";
import { listActiveSessions } from "@/lib/admin/sessions";

import { SessionList, type SessionRow } from "./session-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.pageTitle };
}

function StatelessExplanation({ text, store }: { text: Messages["admin"]; store: SessionStoreKind }) {
  return (
    <Card title={text.statelessTitle}>
      <div className="space-y-3 text-sm text-slate-700" data-testid="stateless-explanation">
        <p>
          {/* The store's name, as SESSION_STORE spells it. */}
          {store === "memcached" ? (
            <RichText text={text.statelessMemcached} values={{ memcached: <strong>memcached</strong> }} />
          ) : (
            <RichText text={text.statelessSealed} values={{ cookie: <strong>cookie</strong> }} />
          )}
        </p>
        <p>
          <RichText text={text.statelessVersion} values={{ link: <TextLink href="/account">{text.securityLesson}</TextLink> }} />
        </p>
        <p>
          <RichText text={text.statelessTry} values={{ setting: <code className="font-mono text-xs">SESSION_STORE=database</code> }} />
        </p>
      </div>
    </Card>
  );
}

export default async function AdminPage() {
  // #region admin-gate
  const admin = await requireRole("admin", "/admin");
  const [listed, session, messages, language] = await Promise.all([listActiveSessions(), getSession(), getMessages(), getLanguage()]);
  // #endregion admin-gate
  const { admin: text, roles, adminUsers } = messages;
  const sessions = listed?.sessions;
  const loggedIn = sessions?.filter((candidate) => candidate.user).length ?? 0;
  const shown = (date: Date) => formatDateTime(date, language, { seconds: true });
  const rows: SessionRow[] | null =
    sessions?.map((row) => ({ ...row, shown: { createdAt: shown(row.createdAt), lastSeenAt: shown(row.lastSeenAt), expiresAt: shown(row.expiresAt) } })) ?? null;

  return (
    <>
      <LessonHeader eyebrow={roles.eyebrow} title={text.title}>
        <p>{format(text.intro, { name: admin.name })}</p>
        <p className="flex flex-wrap gap-4">
          <Link href="/admin/users" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {adminUsers.menuLink}
          </Link>
          <Link href="/admin/log" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {adminUsers.logLink}
          </Link>
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          {rows ? (
            <Card title={text.activeTitle}>
              <p className="mb-4 text-sm text-slate-600" data-testid="session-count">
                {listed?.all === false ? format(text.countMostRecent, { count: rows.length, loggedIn }) : plural(language, rows.length, text.count, { loggedIn })}
              </p>
              <SessionList sessions={rows} text={text} roleNames={roles.names} />
            </Card>
          ) : (
            <StatelessExplanation text={text} store={activeStoreKind()} />
          )}
        </div>

        <div className="min-w-0 space-y-6">
          <SessionCard data={session.data} title={text.yourSessionNow} />
        </div>

        <CodePanel id="admin" files={["lib/admin/sessions.ts", "lib/session/store.ts"]} />
      </div>
    </>
  );
}
