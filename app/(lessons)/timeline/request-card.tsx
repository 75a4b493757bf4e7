import { RichText } from "@/app/ui/rich-text";
import { Timestamp } from "@/app/ui/timestamp";
import { format, type Messages } from "@/lib/i18n";
import type { Language } from "@/lib/preferences/schema";
import { COOKIE_SIZE_LIMIT } from "@/lib/session";
import type { TracedRequest } from "@/lib/timeline/recorder";
import { cookiesOut, outcomeOf, spanOf } from "@/lib/timeline/summary";

import { CookieOutList } from "./cookie-out";
import { StepRow } from "./step-row";

type Text = Messages["timeline"];

/** Where each step's line of code is: resolved by the page, index for index with request.steps. */
export type StepLines = ({ file: string; line: number } | null)[];

function Column({ title, children, className = "" }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 rounded-lg border border-slate-200 bg-slate-50 p-3 ${className}`}>
      <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      {children}
    </div>
  );
}

/** The arrow between two columns: down on a phone, right on a wide screen. */
const Arrow = () => (
  <span aria-hidden className="flex items-center justify-center text-slate-400 lg:px-0.5">
    <span className="lg:hidden">↓</span>
    <span className="hidden lg:inline">→</span>
  </span>
);

/** One request drawn left to right: the cookie in, the session layer's steps to scale, the Set-Cookie out. */
export function RequestCard({ request, lines, current, text, language }: { request: TracedRequest; lines: StepLines; current: boolean; text: Text; language: Language }) {
  const out = cookiesOut(request);
  const outcome = outcomeOf(request);
  const span = spanOf(request);
  const failed = outcome.status !== null;
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="timeline-request" data-method={request.method} data-path={request.path}>
      <header className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="min-w-0 font-mono text-sm font-semibold break-all text-slate-900">
          <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${request.method === "GET" ? "bg-sky-50 text-sky-800" : "bg-amber-50 text-amber-900"}`}>{request.method}</span>
          {request.path}
        </h3>
        {current && <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700">{text.thisRequest}</span>}
        <span className="text-xs text-slate-500">
          <RichText text={text.recordedAt} values={{ time: <Timestamp date={new Date(request.startedAt)} language={language} /> }} />
        </span>
      </header>

      <div className="grid grid-cols-1 gap-2 lg:grid-cols-[minmax(0,12rem)_auto_minmax(0,1fr)_auto_minmax(0,13rem)]">
        <Column title={text.in}>
          {request.cookieIn ? (
            <dl className="space-y-1 text-xs text-slate-700" data-testid="timeline-cookie-in">
              <dt className="font-mono font-semibold break-all text-slate-900">{request.cookieIn.name}</dt>
              <dd>
                <span className="block h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden>
                  <span className="block h-1.5 rounded-full bg-sky-500" style={{ width: `${Math.min(100, (request.cookieIn.bytes / COOKIE_SIZE_LIMIT) * 100)}%` }} />
                </span>
                <span className="mt-1 block tabular-nums">{format(text.cookieSize, { size: request.cookieIn.bytes, limit: COOKIE_SIZE_LIMIT })}</span>
              </dd>
              <dd className="font-mono">{format(text.fingerprint, { fingerprint: request.cookieIn.fingerprint })}</dd>
            </dl>
          ) : (
            <p className="text-xs text-slate-500" data-testid="timeline-cookie-in">{text.noCookieIn}</p>
          )}
        </Column>
        <Arrow />
        <Column title={text.inside}>
          {request.steps.length === 0 ? (
            <p className="text-xs text-slate-500">{text.noSteps}</p>
          ) : (
            <ol className="divide-y divide-slate-100">
              {request.steps.map((step, index) => (
                <StepRow key={index} step={step} span={span} line={lines[index]} text={text} />
              ))}
            </ol>
          )}
        </Column>
        <Arrow />
        <Column title={text.out}>
          <CookieOutList out={out} text={text} />
          <p className={`mt-3 border-t border-slate-200 pt-2 text-xs font-medium ${failed ? "text-rose-700" : "text-slate-700"}`} data-testid="timeline-outcome">
            <span className="text-slate-500">{text.outcome}: </span>
            {text.outcomes[outcome.text]}
          </p>
        </Column>
      </div>
    </article>
  );
}
