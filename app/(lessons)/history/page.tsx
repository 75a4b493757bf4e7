import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { Timestamp } from "@/app/ui/timestamp";
import { format, getLanguage, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";
import { HISTORY_KEY, HISTORY_LIMIT, readHistory } from "@/lib/history/visit-history";

import { clearHistory, startHistory } from "./actions";
import { HistoryActionForm } from "./history-action-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).history.title };
}

export default async function HistoryPage() {
  const [session, { history: text }, language] = await Promise.all([getSession(), getMessages(), getLanguage()]);
  const visits = readHistory(session.get(HISTORY_KEY));
  const code = (snippet: string) => <code className="font-mono text-xs">{snippet}</code>;

  return (
    <>
      <LessonHeader title={text.title}>
        <p>
          <RichText
            text={text.intro}
            values={{
              proxy: <code className="font-mono text-sm">proxy.ts</code>,
              key: <code className="font-mono text-sm">session[&quot;history&quot;]</code>,
              limit: HISTORY_LIMIT,
            }}
          />
        </p>
        <p>
          <RichText text={text.everyVisitor} values={{ hook: <code className="font-mono text-sm">before_request</code> }} />
        </p>
      </LessonHeader>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card title={format(text.visitsTitle, { limit: HISTORY_LIMIT })}>
            {session.isNew ? (
              <div data-testid="history-no-session" className="rounded-lg border border-dashed border-slate-300 px-4 py-4 text-sm text-slate-700">
                <p className="font-semibold text-slate-900">{text.noSessionTitle}</p>
                <p className="mt-1">{text.noSession}</p>
              </div>
            ) : visits.length === 0 ? (
              <p data-testid="history-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
                {text.empty}
              </p>
            ) : (
              <ol data-testid="visits" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 text-sm">
                {visits.map((visit, index) => (
                  <li
                    key={`${visit.at}-${index}`}
                    className="grid grid-cols-[1.5rem_minmax(0,1fr)] items-baseline gap-x-2 gap-y-0.5 px-3 py-2 sm:grid-cols-[1.5rem_minmax(0,1fr)_auto]"
                  >
                    <span className="text-right text-xs text-slate-400 tabular-nums">{index + 1}.</span>
                    <span className="font-mono break-all text-slate-900" data-testid="visit-path">
                      {visit.path}
                    </span>
                    <span className="col-start-2 text-xs text-slate-500 sm:col-start-auto">
                      <Timestamp date={new Date(visit.at)} language={language} />
                    </span>
                  </li>
                ))}
              </ol>
            )}
            {!session.isNew && <p className="mt-3 text-sm text-slate-500">{format(text.kept, { count: visits.length, limit: HISTORY_LIMIT })}</p>}
            <div className="mt-4 border-t border-slate-100 pt-4">
              {/* One form in one place, whichever action it runs: its answer stays on screen when starting or clearing swaps the button. */}
              <HistoryActionForm
                action={session.isNew ? startHistory : clearHistory}
                label={session.isNew ? text.start : text.clear}
                variant={session.isNew ? "primary" : "danger"}
              />
            </div>
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <SessionCard data={session.data} />
          <Card title={text.whereTitle}>
            <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
              <li>
                <RichText text={text.stepRequest} values={{ header: code("RSC: 1") }} />
              </li>
              <li>
                <RichText text={text.stepProxy} values={{ proxy: code("proxy.ts"), next: code("/_next/"), api: code("/api/") }} />
              </li>
              <li>{text.stepTwice}</li>
            </ol>
            <p className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{text.exception}</p>
            <p className="mt-3 text-sm text-slate-600">{text.neverStops}</p>
          </Card>
        </div>

        <CodePanel id="history" files={["proxy.ts", "lib/history/visit-history.ts", "lib/session/proxy-session.ts", "lib/session/cookie-policy.ts"]} />
      </div>
    </>
  );
}
