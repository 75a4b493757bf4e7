import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionCard } from "@/app/ui/session-card";
import { requireRole } from "@/lib/auth/current-user";
import { formatDateTime, getLanguage, getMessages } from "@/lib/i18n";
import { isSecurityEventKind } from "@/lib/security-log/kinds";
import { listSecurityEvents } from "@/lib/security-log/list";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).securityLog.pageTitle };
}

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<{ user?: string | string[] }> }) {
  await requireRole("admin", "/admin/log");
  const { user } = await searchParams;
  const filter = typeof user === "string" ? user.slice(0, 64) : "";
  const [events, session, { securityLog: text, roles }, language] = await Promise.all([listSecurityEvents(filter), getSession(), getMessages(), getLanguage()]);

  return (
    <>
      <LessonHeader eyebrow={roles.eyebrow} title={text.title}>
        <p>{text.intro}</p>
        <p>{text.countNote}</p>
      </LessonHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card className="min-w-0">
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
            <div className="space-y-1">
              <label htmlFor="user" className="block text-sm font-medium text-slate-700">
                {text.filterLabel}
              </label>
              <input id="user" name="user" defaultValue={filter} maxLength={64} className="rounded-lg border border-slate-300 px-3 py-2 text-sm" />
            </div>
            <button type="submit" className="min-h-10 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
              {text.filterSubmit}
            </button>
            {filter && (
              <Link href="/admin/log" className="py-2 text-sm text-indigo-700 underline underline-offset-2">
                {text.filterClear}
              </Link>
            )}
          </form>
          {events.length === 0 ? (
            <p className="text-sm text-slate-600">{text.empty}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-xs" data-testid="security-log">
                <thead className="text-slate-500">
                  <tr>
                    {[text.at, text.kind, text.count, text.user, text.ip, text.device, text.session, text.detail].map((heading) => (
                      <th key={heading} scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                        {heading}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {events.map((event) => (
                    <tr key={event.id} data-testid="log-entry" data-kind={event.kind} data-username={event.username ?? ""} data-count={event.count}>
                      <td className="px-2 py-1 whitespace-nowrap tabular-nums">
                        <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, language, { seconds: true })}</time>
                      </td>
                      <td className="px-2 py-1">{isSecurityEventKind(event.kind) ? text.kinds[event.kind] : event.kind}</td>
                      <td className="px-2 py-1 text-right tabular-nums" data-testid="log-count">
                        {event.count}
                      </td>
                      <td className="px-2 py-1 font-mono">{event.username ?? "—"}</td>
                      <td className="px-2 py-1 font-mono">{event.ip ?? "—"}</td>
                      <td className="px-2 py-1">{event.device ?? "—"}</td>
                      <td className="px-2 py-1 font-mono" data-testid="log-session">{event.sessionHash ? event.sessionHash.slice(0, 12) : "—"}</td>
                      <td className="px-2 py-1">{event.detail ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <SessionCard data={session.data} className="min-w-0 lg:self-start" />
        <CodePanel id="adminLog" files={["lib/security-log/record.ts", "lib/security-log/kinds.ts"]} />
      </div>
    </>
  );
}
