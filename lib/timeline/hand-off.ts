import "server-only";

import { NextResponse, type NextRequest } from "next/server";

import { isRecording, timelineCookie } from "./proxy-trace";
import { takeHandOff } from "./recorder";
import { traceInPage } from "./request-trace";

// A log-out answers with Clear-Site-Data, which drops every cookie of the site, the timeline's
// own with the session's. So that the learner can still see the log-out, its redirect carries a
// one-time code, and the request that follows it gets its timeline cookie back. A code, not a
// guess from the User-Agent: two browsers alike must never be handed each other's timeline.

/** The query parameter that carries the code. */
const HAND_OFF_PARAM = "timeline";

/** Where a log-out redirects to, with a hand-off code when this request is being recorded. */
export function withTimelineHandOff(location: string, requestHeaders: Headers): string {
  const code = traceInPage(requestHeaders)?.handOff();
  if (!code) return location;
  return `${location}${location.includes("?") ? "&" : "?"}${HAND_OFF_PARAM}=${code}`;
}

/**
 * In the proxy, ahead of everything else: a request that arrives with a hand-off code is sent on
 * to the same address without it, holding its timeline cookie again if the code was good (used
 * once, within seconds). Null for every other request.
 */
export function answerTimelineHandOff(request: NextRequest): NextResponse | null {
  const code = request.nextUrl.searchParams.get(HAND_OFF_PARAM);
  if (code === null || request.method !== "GET" || !isRecording()) return null;
  const clean = request.nextUrl.clone();
  clean.searchParams.delete(HAND_OFF_PARAM);
  const response = NextResponse.redirect(clean, 303);
  response.headers.set("Cache-Control", "no-store");
  const browserId = takeHandOff(code);
  if (browserId) response.headers.append("Set-Cookie", timelineCookie(request, browserId));
  return response;
}
