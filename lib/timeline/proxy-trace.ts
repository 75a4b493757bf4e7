import "server-only";

import type { NextRequest } from "next/server";

import { checkConfig, getConfig } from "@/lib/config";

import { sessionCookieFlags } from "@/lib/session/cookie-policy";
import { isPageVisit } from "@/lib/session/visit-history";

import { cookieInOf, isBrowserId, newBrowserId, startTrace, takeHandOff, TIMELINE_COOKIE, type TraceRecorder } from "./recorder";

interface ProxyTrace {
  trace: TraceRecorder;
  /** Set when the browser had no timeline cookie: the response gives it this one. */
  newBrowserId: string | null;
}

/** The request the proxy is answering, and its timeline; a WeakMap, so nothing outlives the request. */
const traces = new WeakMap<NextRequest, ProxyTrace>();

/**
 * Starts the timeline of a page visit or a state-changing request (a server action, a log-out),
 * the proxy's first step. Nothing when recording is off (SESSION_TIMELINE=off), when the settings
 * are broken, or for what is not a visit (files, prefetches, the API).
 */
export function startProxyTrace(request: NextRequest): void {
  if (!checkConfig().ok || getConfig().sessionTimeline === "off") return;
  // POST: what server actions and the log-out use; the other methods have no page here.
  if (!isPageVisit(request) && request.method !== "POST") return;
  const sent = request.cookies.get(TIMELINE_COOKIE)?.value;
  const userAgent = request.headers.get("user-agent") ?? "";
  const known = sent && isBrowserId(sent) ? sent : null;
  const browserId = known ?? takeHandOff(userAgent) ?? newBrowserId();
  const trace = startTrace({ browserId, userAgent, method: request.method, path: request.nextUrl.pathname, cookieIn: sessionCookieIn(request) });
  traces.set(request, { trace, newBrowserId: known ? null : browserId });
}

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
 * and gives a new browser its timeline cookie: HttpOnly, Lax, a browser-session cookie.
 */
export function finishProxyTrace<R extends Response>(request: NextRequest, response: R): R {
  const traced = traces.get(request);
  if (!traced) return response;
  if (response.status === 403) traced.trace.answered(403, "cross-site");
  if (response.status === 503) traced.trace.answered(503, "store-unavailable");
  if (traced.newBrowserId) {
    const secure = sessionCookieFlags(getConfig(), request.nextUrl.protocol === "https:").secure;
    response.headers.append("Set-Cookie", `${TIMELINE_COOKIE}=${traced.newBrowserId}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
  }
  return response;
}
