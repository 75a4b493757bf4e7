import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonHeader } from "@/app/ui/lesson-header";
import { LessonSources } from "@/app/ui/lesson-sources";
import { Timestamp } from "@/app/ui/timestamp";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";
import { HISTORY_KEY, HISTORY_LIMIT, readHistory } from "@/lib/session/visit-history";

import { ClearHistoryForm } from "./clear-history-form";

export const metadata: Metadata = { title: "Visit history" };

const FLASK = `
@app.before_request
def record_visit():
    if request.method != "GET" or request.endpoint == "static":
        return
    history = session.setdefault("history", [])
    visit = {"path": request.full_path.rstrip("?"),
             "at": datetime.now(timezone.utc).isoformat()}
    history.insert(0, visit)
    del history[10:]
    # Changed in place, which Flask cannot see: say so.
    session.modified = True
`;

const EXPRESS = `app.use((req, res, next) => { if (req.method === "GET") req.session.history = [{ path: req.originalUrl, at: new Date() }, ...(req.session.history ?? [])].slice(0, 10); next(); });`;

const PROXY = `
// proxy.ts
export async function proxy(request: NextRequest) {
  if (!isPageVisit(request)) return passOn(request);
  const visit = visitOf(request);
  return changeSessionInProxy(request, (session) => {
    const history = session.get("history");
    session.set("history", addVisit(history, visit));
  });
}
`;

export default async function HistoryPage() {
  const [session, { common }] = await Promise.all([getSession(), getMessages()]);
  const visits = readHistory(session.get(HISTORY_KEY));

  return (
    <>
      <LessonHeader title="Visit history">
        <p>
          Every page you open is written into your session before the page renders. Next.js&apos;s proxy (
          <code className="font-mono text-sm">proxy.ts</code>, called middleware before Next.js 16) runs ahead of each
          request, puts the visit at the top of <code className="font-mono text-sm">session[&quot;history&quot;]</code>,
          keeps the last {HISTORY_LIMIT}, and hands the updated session to the page. So this page already lists itself.
        </p>
        <p>
          Recording a visit needs a session, so your first page view created one: a visitor who only reads pages now
          holds a session cookie. That is the lesson: a server that writes to the session on every request gives
          every visitor a session, as Flask does once a <code className="font-mono text-sm">before_request</code> handler
          writes to it.
        </p>
      </LessonHeader>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card title={`Your last ${HISTORY_LIMIT} visits`}>
            {visits.length === 0 ? (
              <p data-testid="history-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
                No visits recorded yet. Open another lesson, or reload this page, and it will appear here.
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
                      <Timestamp date={new Date(visit.at)} />
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-3 text-sm text-slate-500">
              Most recent first; {visits.length} of {HISTORY_LIMIT} kept. Prefetches, images, Next.js&apos;s own files and
              form submissions are not visits, so they are not listed.
            </p>
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ClearHistoryForm />
            </div>
          </Card>

          <FlaskAndExpress label={common.flaskSample} flask={FLASK} express={EXPRESS} />
          <CodeSample label="What the proxy does (simplified)" code={PROXY} />
        </div>

        <div className="min-w-0 space-y-6">
          <Card title="Where the recording happens">
            <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
              <li>
                Your browser asks for a page: a full load, or a client-side navigation when you follow a link (a GET
                with an <code className="font-mono text-xs">RSC: 1</code> header). Both are visits.
              </li>
              <li>
                Before any page code runs, <code className="font-mono text-xs">proxy.ts</code> skips what is not a visit
                (prefetches, files, <code className="font-mono text-xs">/_next/</code>,{" "}
                <code className="font-mono text-xs">/api/</code>, form posts), then loads your session through the
                active store, adds the visit and saves: the database store updates your row, the cookie store seals a
                new cookie.
              </li>
              <li>
                It sets the new cookie twice: on the request it passes on, so this page renders the new history, and on
                the response, so your browser keeps it. Forget the first, and the page shows the history one visit late.
              </li>
            </ol>
            <p className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
              One exception: when a form&apos;s server action redirects, Next.js renders the page it redirects to inside
              the action&apos;s POST (it fetches that page from itself), and only the action&apos;s cookie reaches your
              browser. A visit recorded there would be lost with the cookie store, so the proxy skips it with every
              store: that page appears here from the next request on, a reload or a link.
            </p>
            <p className="mt-3 text-sm text-slate-600">
              A broken or missing cookie never stops a page: if the proxy cannot record a visit, it lets the request
              through unchanged.
            </p>
          </Card>

          <LessonSources
            files={["proxy.ts", "lib/session/visit-history.ts", "lib/session/proxy-session.ts", "lib/session/cookie-policy.ts", "app/(lessons)/history/actions.ts"]}
          />
        </div>
      </div>
    </>
  );
}
