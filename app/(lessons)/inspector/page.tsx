import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { Fold } from "@/app/ui/fold";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionContents } from "@/app/ui/session-contents";
import { Timestamp } from "@/app/ui/timestamp";
import { activeStoreCost } from "@/lib/bench/store-cost";
import { format, getLanguage, getMessages, type Messages } from "@/lib/i18n";
import { COOKIE_SIZE_LIMIT } from "@/lib/session";
import { inspectSession, type SessionInspection } from "@/lib/inspector/inspect";

import { CostCard } from "./cost-card";
import { Fact } from "./fact";
import { SettingsCard } from "./settings-card";
import { Verdict } from "./verdict";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).inspector.title };
}

type Text = Messages["inspector"];


const code = (snippet: string) => <code className="font-mono text-xs">{snippet}</code>;

function CookieCard({ cookie, text }: { cookie: SessionInspection["cookie"]; text: Text }) {
  if (cookie.value === null) {
    return (
      <Card title={text.cookieTitle}>
        <p className="text-sm text-slate-600" data-testid="raw-cookie-absent">
          <RichText text={text.noCookie} values={{ name: code(cookie.name) }} />
        </p>
      </Card>
    );
  }
  const percent = Math.min(100, Math.round((cookie.sizeBytes / COOKIE_SIZE_LIMIT) * 100));
  return (
    <Card title={text.cookieTitle}>
      <p className="mb-2 text-sm text-slate-600">
        <RichText text={cookie.shownAs === "hash" ? text.cookieHashIntro : text.cookieIntro} values={{ header: code("Cookie"), name: code(cookie.name) }} />
      </p>
      <p data-testid="raw-cookie" className="max-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed break-all text-slate-800">
        {cookie.value}
      </p>
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        <Fact label={text.size} testId="raw-cookie-size">
          {format(text.sizeValue, { size: cookie.sizeBytes, limit: COOKIE_SIZE_LIMIT })}
        </Fact>
        <Fact label={text.dropsIt} testId="raw-cookie-expires">
          {cookie.expiresAt ? (
            <RichText text={text.dropsAt} values={{ time: <Timestamp date={cookie.expiresAt} />, seconds: cookie.maxAgeSeconds }} />
          ) : (
            text.browserCloses
          )}
        </Fact>
      </dl>
      <div className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100" role="meter" aria-label={text.sizeMeter} aria-valuemin={0} aria-valuemax={COOKIE_SIZE_LIMIT} aria-valuenow={cookie.sizeBytes}>
        <div className={`h-full rounded-full ${percent > 80 ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${Math.max(percent, 2)}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-500">{format(text.sizeLimit, { limit: COOKIE_SIZE_LIMIT })}</p>
    </Card>
  );
}

function DecodedCard({ session, text }: { session: SessionInspection["session"]; text: Text }) {
  return (
    <Card title={text.decodedTitle}>
      {session === null ? (
        <p className="text-sm text-slate-600" data-testid="decoded-none">
          {text.decodedNone}
        </p>
      ) : (
        <>
          <SessionContents data={session.data} />
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            <Fact label={text.created} testId="session-created">
              <Timestamp date={session.createdAt} />
            </Fact>
            <Fact label={text.expiresOnServer} testId="session-expires">
              <Timestamp date={session.expiresAt} />
            </Fact>
            <Fact label={text.permanent} testId="session-permanent">
              {session.permanent ? text.permanentYes : text.permanentNo}
            </Fact>
          </dl>
          <p className="mt-2 text-xs text-slate-500">{text.expiryMoves}</p>
        </>
      )}
    </Card>
  );
}

/** A stored field in the reader's words where the catalogue has some; column names are code and stay. */
function storedLabel(field: string, text: Text): string {
  return Object.hasOwn(text.storedLabels, field) ? text.storedLabels[field as keyof Text["storedLabels"]] : field;
}

function StoredCard({ inspection, text }: { inspection: SessionInspection; text: Text }) {
  const { settings, stored, cookie } = inspection;
  let body: React.ReactNode;
  if (!settings.keepsSessionsOnServer) {
    body = (
      <p className="text-sm text-slate-600" data-testid="stored-nothing">
        <RichText text={text.storedInCookie} values={{ store: <strong>{settings.store}</strong>, secret: code("SESSION_SECRET") }} />
      </p>
    );
  } else if (stored === null) {
    body = (
      <p className="text-sm text-slate-600" data-testid="stored-nothing">
        {cookie.value === null ? text.storedNoCookie : text.storedNoRow}
      </p>
    );
  } else {
    body = (
      <>
        <p className="mb-3 text-sm text-slate-600">{text.storedIntro}</p>
        <table className="w-full table-fixed text-left text-sm" data-testid="stored-row">
          <tbody className="divide-y divide-slate-100">
            {stored.map(({ label, value }) => (
              <tr key={label} className="align-top">
                <th scope="row" className="w-2/5 py-1.5 pr-3 font-normal text-slate-500">
                  {storedLabel(label, text)}
                </th>
                <td className="py-1.5 font-mono text-xs break-all text-slate-900">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return <Card title={text.storedTitle}>{body}</Card>;
}


export default async function InspectorPage() {
  // #region inspect
  const [inspection, messages, language, cost] = await Promise.all([inspectSession(), getMessages(), getLanguage(), activeStoreCost()]);
  const text = messages.inspector;
  // #endregion inspect

  return (
    <>
      <LessonHeader eyebrow={text.eyebrow} title={text.title}>
        <p>
          <RichText text={text.intro} values={{ one: <strong>1.</strong>, two: <strong>2.</strong>, three: <strong>3.</strong> }} />
        </p>
        <p>
          <RichText
            text={text.tryIt}
            values={{
              cookieStore: <code className="font-mono text-sm">SESSION_STORE=cookie</code>,
              databaseStore: <code className="font-mono text-sm">database</code>,
            }}
          />
        </p>
      </LessonHeader>

      <Verdict verdict={inspection.verdict} settings={inspection.settings} text={text.verdict} label={text.verdictLabel} />

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <CookieCard cookie={inspection.cookie} text={text} />
          <DecodedCard session={inspection.session} text={text} />
          <StoredCard inspection={inspection} text={text} />
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={text.endingTitle}>
            <p className="text-sm text-slate-700" data-testid="ending-trade-off">
              {inspection.settings.store === "cookie" ? text.endingCookie : format(text.endingServer, { how: text.atomicWrite[inspection.settings.store] })}
            </p>
          </Card>
          <Card>
            <p className="text-sm text-slate-600">
              <RichText
                text={text.seeHistory}
                values={{
                  link: (
                    <Link href="/history" className="font-medium text-indigo-700 underline-offset-4 hover:underline">
                      {text.historyLink}
                    </Link>
                  ),
                }}
              />
            </p>
            <p className="mt-2 text-sm">
              <Link href="/timeline" className="font-medium text-indigo-700 underline-offset-4 hover:underline" data-testid="timeline-link">
                {messages.timeline.link}
              </Link>
            </p>
          </Card>
        </div>

        <CodePanel id="inspector" files={["lib/inspector/inspect.ts", "lib/session/store.ts"]} />
      </div>

      {/* The settings behind the verdict and the measured cost of the store: reference, folded. */}
      <div className="mt-6">
        <Fold topics={[text.settingsTitle, messages.storeCost.title]} testId="inspector-details">
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <SettingsCard settings={inspection.settings} text={text} language={language} />
            <CostCard cost={cost} text={messages.storeCost} language={language} />
          </div>
        </Fold>
      </div>
    </>
  );
}
