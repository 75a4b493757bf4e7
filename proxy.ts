// The Next.js proxy (middleware before Next.js 16) runs ahead of every request it matches, before
// the page renders. Here it does what a Flask app does in @app.before_request: it appends each
// page visit to session["history"]. It is the one place outside a server action that writes the
// session, because it is the one place that runs before the page and can still send a cookie.
// Unlike Flask's hook, it writes only to a session the browser already has: a visit alone stores
// nothing and sends no cookie (lib/session/proxy-session.ts says why).
import type { NextRequest } from "next/server";

import { checkConfig, getConfig } from "@/lib/config";
import { crossSiteRefusal } from "@/lib/http/cross-site-refusal";
import { isSameOriginRequest, isStateChanging } from "@/lib/http/same-origin";
import { storeUnavailableResponse } from "@/lib/http/store-unavailable";
import { SessionStoreUnavailableError } from "@/lib/session/errors";
import { changeSessionInProxy, handedOnHeaders, passOn } from "@/lib/session/proxy-session";
import { answerTimelineHandOff } from "@/lib/timeline/hand-off";
import { finishProxyTrace, startProxyTrace } from "@/lib/timeline/proxy-trace";
import { addVisit, HISTORY_KEY, isPageVisit, visitOf } from "@/lib/history/visit-history";

export async function proxy(request: NextRequest) {
  // The request timeline (/timeline): what this request does to its session, step by step. After
  // a log-out, the browser first gets its timeline cookie back (lib/timeline/hand-off.ts).
  const handedOff = answerTimelineHandOff(request);
  if (handedOff) return handedOff;
  startProxyTrace(request);
  return finishProxyTrace(request, await answer(request));
}

async function answer(request: NextRequest) {
  // CSRF: whatever would change state (a server action, a route handler's POST) must come from
  // one of our own pages. SameSite=Lax already keeps the cookie off cross-site POSTs; this also
  // stops the ones that need no cookie, and answers 403 instead of Next.js's 500.
  // Compared with the headers the page will see: X-Forwarded-Host counts only from a trusted proxy.
  if (isStateChanging(request.method) && !isSameOriginRequest(handedOnHeaders(request), allowedOrigins())) {
    return crossSiteRefusal(request.headers);
  }
  // #region record-visit
  if (!isPageVisit(request)) return passOn(request);
  const visit = visitOf(request);
  try {
    return await changeSessionInProxy(request, (session) => session.update(HISTORY_KEY, (history) => addVisit(history, visit)));
  } catch (error) {
    // A store whose server is down: the page could not read the session either, so it gets a
    // clear 503 here, and the next request tries the store again.
    if (error instanceof SessionStoreUnavailableError) return storeUnavailableResponse(request, error);
    // A history is not worth a failed page: a session too big for its cookie leaves the request
    // as it came, and the page deals with the session as usual.
    console.error(`Visit to ${visit.path} not recorded:`, error instanceof Error ? error.message : error);
    return passOn(request);
  }
  // #endregion record-visit
}

/** A misconfigured app still refuses cross-site requests; it just knows of no extra origins. */
const allowedOrigins = () => (checkConfig().ok ? getConfig().allowedOrigins : []);

export const config = {
  matcher: [
    {
      // Every path but Next.js's build files, dots included: `POST /orders/1.0` with a server
      // action's id must meet the origin check like any other. Files are GETs: they pass through.
      source: "/((?!_next/static|_next/image).*)",
      // Prefetches: Next.js removes its router headers before the proxy's code runs, so only the
      // matcher can see them. The same list is ROUTER_PREFETCH_HEADERS and PURPOSE_HEADERS in
      // lib/history/visit-history.ts (a unit test keeps the two in step); Next.js needs literals here.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "next-router-segment-prefetch" },
        { type: "header", key: "purpose", value: ".*prefetch.*" },
        { type: "header", key: "sec-purpose", value: ".*prefetch.*" },
      ],
    },
    // A server action that also claims to be a prefetch is still checked: a POST is never a visit.
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
