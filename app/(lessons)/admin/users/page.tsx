import type { Metadata } from "next";
import Link from "next/link";

import { ReauthPanel } from "@/app/(lessons)/account/reauth-panel";
import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionCard } from "@/app/ui/session-card";
import { CodePanel } from "@/app/ui/code-panel";
import { listUsers } from "@/lib/admin/users";
import { requireRole } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { UserTable } from "./user-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).adminUsers.pageTitle };
}

export default async function AdminUsersPage() {
  await requireRole("admin", "/admin/users");
  const [users, session, messages] = await Promise.all([listUsers(), getSession(), getMessages()]);
  const { adminUsers: text, roles } = messages;
  const countable = users.some((user) => user.liveSessions !== null);

  return (
    <>
      <LessonHeader eyebrow={roles.eyebrow} title={text.title}>
        <p>{text.intro}</p>
        <p>
          <Link href="/admin/log" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {text.logLink}
          </Link>
        </p>
      </LessonHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card title={text.pageTitle}>
            <UserTable users={users} text={text} roleNames={roles.names} />
            {!countable && <p className="mt-4 text-xs text-slate-500">{text.countNote}</p>}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {/* No card title: the form heads itself with the same words. */}
          <Card>
            <ReauthPanel />
          </Card>
          <SessionCard data={session.data} />
        </div>

        <CodePanel id="adminUsers" files={["app/(lessons)/admin/users/page.tsx", "lib/auth/session-holder.ts"]} />
      </div>
    </>
  );
}
