import { endUserSession } from "@/lib/auth/login";
import { getConfig } from "@/lib/config";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { format, getMessages } from "@/lib/i18n";
import { clientOf } from "@/lib/session";
import { answeringUnavailable } from "@/lib/http/store-unavailable";
import { withTimelineHandOff } from "@/lib/timeline/hand-off";

// Log-out changes state, so it is a POST: a GET could be fired by any <img src="/logout"> on
// another site, or by a browser prefetching links. The page at /logout/confirm holds the button.

const NO_STORE = { "Cache-Control": "no-store" };

// #region log-out
/** Flask: @app.route("/logout", methods=["POST"]) def logout(): logout_user(); session.clear() */
export const POST = answeringUnavailable(async (request: Request): Promise<Response> => {
  if (!isSameOriginRequest(request.headers, getConfig().allowedOrigins)) {
    const origin = request.headers.get("origin") ?? "none";
    // In the language of the session it refused to end: that is whose browser shows the answer.
    const { logout } = await getMessages();
    return new Response(`${format(logout.crossSiteRefused, { origin })}\n`, { status: 403, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
  }
  await endUserSession(clientOf(request.headers));
  // 303 See Other: the browser follows with a GET, so a reload of the next page does not post again.
  // Clear-Site-Data asks the browser to drop this site's cookies and storage too: nothing of the
  // session, or of what a page cached in localStorage, stays behind on a shared computer.
  // (The request timeline, off the lesson, adds a code that gives the browser its timeline back.)
  return new Response(null, {
    status: 303,
    headers: { ...NO_STORE, "Clear-Site-Data": '"cookies", "storage"', Location: withTimelineHandOff("/login?status=logged-out", request.headers) },
  });
});
// #endregion log-out

/** A typed or followed link to /logout gets the page with the button, not a 405 and not a log-out. */
export function GET(): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: "/logout/confirm" } });
}
