import { RequestCookies } from "@edge-runtime/cookies";

/**
 * The session token in a request's Cookie header (as the browser sent it, or as the proxy passed it
 * on), or null. Read with the parser Next.js's own cookies() uses, @edge-runtime/cookies at the
 * version Next.js bundles, so every header reads the same both ways, duplicates and encoded values
 * included (sent-token.test.ts holds the two together). Not through cookies() itself: in a route
 * handler or a server action, its first call copies every cookie of the request into the response's
 * jar in case one is set, which was most of what reading a session cost there.
 */
export function sentSessionToken(requestHeaders: Pick<Headers, "get">, cookieName: string): string | null {
  // An empty value ("session=") is no token either: a cookie deleted earlier reads back that way.
  return new RequestCookies(requestHeaders as Headers).get(cookieName)?.value || null;
}
