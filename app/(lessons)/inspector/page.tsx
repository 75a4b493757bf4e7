import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { Timestamp } from "@/app/ui/timestamp";
import { COOKIE_SIZE_LIMIT } from "@/lib/session";
import { inspectSession, type SessionInspection } from "@/lib/session/inspect";

import { Verdict } from "./verdict";

export const metadata: Metadata = { title: "Session inspector" };

const FLASK = `
from flask import current_app as app
from flask import request, session

name = app.config["SESSION_COOKIE_NAME"]
raw = request.cookies.get(name)  # 1. sent
data = dict(session)  # 2. decoded

# Flask's default cookie is signed, not
# encrypted: anyone can read it, and one
# changed character breaks the signature.
s = app.session_interface \\
    .get_signing_serializer(app)
s.loads(raw)  # BadSignature: "not valid"
`;

function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-right font-mono break-all text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function CookieCard({ cookie }: { cookie: SessionInspection["cookie"] }) {
  if (cookie.value === null) {
    return (
      <Card title="1. The cookie your browser sent">
        <p className="text-sm text-slate-600" data-testid="raw-cookie-absent">
          No <code className="font-mono text-xs">{cookie.name}</code> cookie came with this request.
        </p>
      </Card>
    );
  }
  const percent = Math.min(100, Math.round((cookie.sizeBytes / COOKIE_SIZE_LIMIT) * 100));
  return (
    <Card title="1. The cookie your browser sent">
      <p className="mb-2 text-sm text-slate-600">
        Exactly what came in the request&apos;s <code className="font-mono text-xs">Cookie</code> header, under the name{" "}
        <code className="font-mono text-xs">{cookie.name}</code>:
      </p>
      <p data-testid="raw-cookie" className="max-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed break-all text-slate-800">
        {cookie.value}
      </p>
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        <Fact label="Size (name=value)" testId="raw-cookie-size">
          {cookie.sizeBytes} of {COOKIE_SIZE_LIMIT} bytes
        </Fact>
        <Fact label="Browser drops it" testId="raw-cookie-expires">
          {cookie.expiresAt ? (
            <>
              <Timestamp date={cookie.expiresAt} /> (Max-Age {cookie.maxAgeSeconds} s)
            </>
          ) : (
            "when the browser closes"
          )}
        </Fact>
      </dl>
      <div className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100" role="meter" aria-label="Cookie size" aria-valuemin={0} aria-valuemax={COOKIE_SIZE_LIMIT} aria-valuenow={cookie.sizeBytes}>
        <div className={`h-full rounded-full ${percent > 80 ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${Math.max(percent, 2)}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-500">Browsers silently drop a cookie over {COOKIE_SIZE_LIMIT} bytes, so the server refuses to write one that big.</p>
    </Card>
  );
}

function DecodedCard({ session }: { session: SessionInspection["session"] }) {
  return (
    <Card title="2. What the server decoded">
      {session === null ? (
        <p className="text-sm text-slate-600" data-testid="decoded-none">
          Nothing: the cookie led to no session, so the server treats this request as a new visitor&apos;s, with an empty
          session.
        </p>
      ) : (
        <>
          <SessionContents data={session.data} />
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            <Fact label="Created" testId="session-created">
              <Timestamp date={session.createdAt} />
            </Fact>
            <Fact label="Expires on the server" testId="session-expires">
              <Timestamp date={session.expiresAt} />
            </Fact>
            <Fact label="Permanent" testId="session-permanent">
              {session.permanent ? "yes (the cookie has a Max-Age)" : "no (a browser-session cookie)"}
            </Fact>
          </dl>
          <p className="mt-2 text-xs text-slate-500">Each save moves the expiry: a session ends after a whole lifetime without a visit.</p>
        </>
      )}
    </Card>
  );
}

function StoredCard({ inspection }: { inspection: SessionInspection }) {
  const { settings, stored, cookie } = inspection;
  let body: React.ReactNode;
  if (!settings.keepsSessionsOnServer) {
    body = (
      <p className="text-sm text-slate-600" data-testid="stored-nothing">
        Nothing is kept on the server. With the <strong>{settings.store}</strong> store the cookie is the whole
        session: the data is sealed into it (encrypted and signed with <code className="font-mono text-xs">SESSION_SECRET</code>), and the
        server decodes it on every request. The server cannot list or end such a session; it can only ask the browser
        to delete the cookie.
      </p>
    );
  } else if (stored === null) {
    body = (
      <p className="text-sm text-slate-600" data-testid="stored-nothing">
        {cookie.value === null
          ? "No cookie, so there is no row to look up."
          : "No row matches this cookie: the server holds nothing for it."}
      </p>
    );
  } else {
    body = (
      <>
        <p className="mb-3 text-sm text-slate-600">
          The cookie carries only a random id. The server looks up the row stored under its SHA-256 hash, so someone who
          reads the table still cannot present a cookie.
        </p>
        <table className="w-full table-fixed text-left text-sm" data-testid="stored-row">
          <tbody className="divide-y divide-slate-100">
            {stored.map(({ label, value }) => (
              <tr key={label} className="align-top">
                <th scope="row" className="w-2/5 py-1.5 pr-3 font-normal text-slate-500">
                  {label}
                </th>
                <td className="py-1.5 font-mono text-xs break-all text-slate-900">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return <Card title="3. What the store keeps on the server">{body}</Card>;
}

function SettingsCard({ settings }: { settings: SessionInspection["settings"] }) {
  const days = Math.round((settings.ttlSeconds / 86400) * 10) / 10;
  return (
    <Card title="The active store and its settings">
      <dl className="divide-y divide-slate-100 text-sm">
        <Fact label="SESSION_STORE" testId="setting-store">
          {settings.store}
        </Fact>
        <Fact label="SESSION_COOKIE_NAME" testId="setting-cookie-name">
          {settings.cookieName}
        </Fact>
        <Fact label="SESSION_TTL_SECONDS" testId="setting-ttl">
          {settings.ttlSeconds} ({days} days)
        </Fact>
        <Fact label="Secure" testId="setting-secure">
          {String(settings.secure)}
        </Fact>
        <Fact label="HttpOnly" testId="setting-httponly">
          {String(settings.httpOnly)}
        </Fact>
        <Fact label="SameSite" testId="setting-samesite">
          {settings.sameSite.replace(/^./, (first) => first.toUpperCase())}
        </Fact>
        <Fact label="Path" testId="setting-path">
          {settings.path}
        </Fact>
        <Fact label="SESSION_SECRET" testId="setting-secret">
          set, {settings.secretLength} characters
        </Fact>
      </dl>
      <p className="mt-2 text-xs text-slate-500">The secret itself is never shown: whoever knows it can forge any session.</p>
    </Card>
  );
}

export default async function InspectorPage() {
  const inspection = await inspectSession();

  return (
    <>
      <LessonHeader eyebrow="Tool" title="Session inspector">
        <p>
          One session, seen three ways, in the order a request meets them: <strong>1.</strong> the cookie your browser
          sent, <strong>2.</strong> the session the server decoded from it, and <strong>3.</strong> what the store keeps
          on the server. The last card shows the settings that decide all three.
        </p>
        <p>
          Change something in another lesson, then come back: opening this page is a visit too, so its own visit is
          already in the history below. Try it in both stores (
          <code className="font-mono text-sm">SESSION_STORE=cookie</code> and{" "}
          <code className="font-mono text-sm">database</code>) and compare the cookie.
        </p>
      </LessonHeader>

      <Verdict verdict={inspection.verdict} settings={inspection.settings} />

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <CookieCard cookie={inspection.cookie} />
          <DecodedCard session={inspection.session} />
          <StoredCard inspection={inspection} />
        </div>
        <div className="min-w-0 space-y-6">
          <SettingsCard settings={inspection.settings} />
          <CodeSample code={FLASK} />
          <Card>
            <SourceFiles files={["lib/session/inspect.ts", "app/(lessons)/inspector/page.tsx", "lib/session/index.ts", "lib/session/store.ts"]} />
            <p className="mt-4 text-sm text-slate-600">
              Each visit is recorded by the proxy: see the{" "}
              <Link href="/history" className="font-medium text-indigo-700 underline-offset-4 hover:underline">
                visit history
              </Link>{" "}
              lesson.
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
