import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { format, getLanguage, getMessages } from "@/lib/i18n";
import { BROWSERS_KEPT, REQUESTS_PER_BROWSER, TIMELINE_COOKIE } from "@/lib/timeline/recorder";
import { ownTimeline } from "@/lib/timeline/request-trace";
import { timelineLines } from "@/lib/timeline/lines";

import { RequestCard } from "./request-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).timeline.title };
}

const code = (snippet: string) => <code className="font-mono text-sm">{snippet}</code>;

/** The browser's last requests, drawn: server-rendered, so it needs no script and is fresh on every visit. */
export default async function TimelinePage() {
  const [{ recording, requests }, { timeline: text }, language] = await Promise.all([ownTimeline(), getMessages(), getLanguage()]);
  const lines = await timelineLines(requests);

  return (
    <>
      <LessonHeader title={text.title}>
        <p>{format(text.intro, { requests: REQUESTS_PER_BROWSER })}</p>
      </LessonHeader>

      <section className="min-w-0 space-y-4" aria-label={text.title}>
        {!recording ? (
          <p data-testid="timeline-off" className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
            {text.off}
          </p>
        ) : requests.length === 0 ? (
          <p data-testid="timeline-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
            {text.empty}
          </p>
        ) : (
          <ol className="space-y-4" data-testid="timeline">
            {requests.map((request, index) => (
              <li key={request.id}>
                <RequestCard request={request} lines={lines[index]} current={index === 0} text={text} language={language} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <Card title={text.notesTitle} className="mt-6">
        <div className="grid grid-cols-1 gap-4 text-sm text-slate-600 lg:grid-cols-2" data-testid="timeline-notes">
          <p>
            <RichText text={text.whose} values={{ cookie: code(TIMELINE_COOKIE) }} />
          </p>
          <p>{format(text.perProcess, { requests: REQUESTS_PER_BROWSER, browsers: BROWSERS_KEPT })}</p>
          <p>{text.statusNote}</p>
          <p>{text.nothingSensitive}</p>
        </div>
      </Card>
    </>
  );
}
