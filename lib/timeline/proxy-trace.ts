import "server-only";

import type { NextRequest } from "next/server";

import { checkConfig, getConfig } from "@/lib/config";

import { sessionCookieFlags } from "@/lib/session/cookie-policy";
import { isPageVisit } from "@/lib/history/visit-history";

import { cookieInOf, isBrowserId, newBrowserId, startTrace, TIMELINE_COOKIE, type TraceRecorder } from "./recorder";

interface ProxyTrace {
  trace: TraceRecorder;
  /** Set when the browser had no timeline cookie: the response gives it this one. */
  newBrowserId: string | null;
}

/**
 * The request the proxy is answering, and its timeline; a WeakMap, so nothing outlives the request.
 * On globalThis: proxy.ts starts the trace in the proxy's bundle, and the session layer finds it
 * through the hook instrumentation.ts registered from another bundle.
 */
const TRACES = Symbol.for("sessions-by-example.proxy-traces");
const shared = globalThis as { [TRACES]?: WeakMap<NextRequest, ProxyTrace> };
const traces = (shared[TRACES] ??= new WeakMap());

/**
 * Starts the timeline of a page visit or a state-changing request (a server action, a log-out),
 * the proxy's first step. Nothing when recording is off (SESSION_TIMELINE=off), when the settings
 * are broken, or for what is not a visit (files, prefetches, the API). A page visit from a browser
 * with neither a session nor a timeline starts nothing either, as it starts no session: no cookie
 * for a visitor who only reads, and no crawler can push the learners' timelines out of memory.
 */
export function startProxyTrace(request: NextRequest): void {
  if (!isRecording()) return;
  // POST: what server actions and the log-out use; the other methods have no page here.
  if (!isPageVisit(request) && request.method !== "POST") return;
  const sent = request.cookies.get(TIMELINE_COOKIE)?.value;
  const known = sent && isBrowserId(sent) ? sent : null;
  const cookieIn = sessionCookieIn(request);
  if (!known && !cookieIn && request.method !== "POST") return;
  const browserId = known ?? newBrowserId();
  const trace = startTrace({ browserId, method: request.method, path: request.nextUrl.pathname, cookieIn });
  traces.set(request, { trace, newBrowserId: known ? null : browserId });
}

/** Whether requests are recorded: SESSION_TIMELINE is on, and the settings it is read from are valid. */
export const isRecording = () => checkConfig().ok && getConfig().sessionTimeline !== "off";

/** The session cookie the browser sent, under either of its names (plain, or __Host- over HTTPS). */
function sessionCookieIn(request: NextRequest) {
  const name = getConfig().sessionCookieName;
  for (const candidate of [`__Host-${name}`, name]) {
    const value = request.cookies.get(candidate)?.value;
    if (value) return cookieInOf(candidate, value);
  }
  return null;
}

/** The timeline recorder of a request the proxy is handling, or null. */
export const proxyTraceOf = (request: NextRequest): TraceRecorder | null => traces.get(request)?.trace ?? null;

/**
 * The proxy's last step: notes a 403 or 503 the proxy gave itself (the page never runs then),
 * and gives a new browser its timeline cookie.
 */
export function finishProxyTrace<R extends Response>(request: NextRequest, response: R): R {
  const traced = traces.get(request);
  if (!traced) return response;
  if (response.status === 403) traced.trace.answered(403, "cross-site");
  if (response.status === 503) traced.trace.answered(503, "store-unavailable");
  if (traced.newBrowserId) response.headers.append("Set-Cookie", timelineCookie(request, traced.newBrowserId));
  return response;
}

/** The Set-Cookie that names a browser's timeline: HttpOnly, Lax, a browser-session cookie. */
export function timelineCookie(request: NextRequest, browserId: string): string {
  const secure = sessionCookieFlags(getConfig(), request.nextUrl.protocol === "https:").secure;
  return `${TIMELINE_COOKIE}=${browserId}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
