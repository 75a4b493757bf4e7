import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getConfig } from "@/lib/config";

import { getActiveStore } from "./active-store";
import { cookiePersistence, sessionCookieFlags, sessionCookieMaxAge, type SessionCookieFlags } from "./cookie-policy";
import { openSession } from "./open-session";
import { clientOf, requestIsHttps } from "./request-client";
import type { Session } from "./session";
import { requestTracing } from "./trace";
import { tracedJar, tracedStore } from "./traced-store";

export { clientOf } from "./request-client";
export { SessionTooLargeError, SessionStoreUnavailableError, COOKIE_SIZE_LIMIT } from "./errors";
export { isReservedSessionKey, RESERVED_SESSION_KEYS } from "./reserved-keys";
export { Session } from "./session";
export type { JsonValue, SessionData } from "./store";

/** The session cookie's name and flags for this request: over HTTPS the name changes (see sessionCookieFlags). */
function cookieFlagsOf(requestHeaders: Headers): SessionCookieFlags {
  return sessionCookieFlags(getConfig(), requestIsHttps(requestHeaders));
}

const cookieFlags = async (): Promise<SessionCookieFlags> => cookieFlagsOf(await headers());

/**
 * The session token for this request, or null: the cookie the browser sent, or the one a server
 * action of this request has set since, as cookies() shows it. Never opened: what names the
 * session in a registry.
 */
export async function currentSessionToken(): Promise<string | null> {
  const { name } = await cookieFlags();
  // An empty value ("session=") is no token either: a cookie deleted earlier reads back that way.
  return (await cookies()).get(name)?.value || null;
}

// #region get-session
/**
 * The current request's session, like Flask's `session`: the one way in for pages, actions and
 * route handlers, opened once per request (React cache). Pages only read it; actions change it and
 * call save(), which writes the cookie through cookies().
 */
export const getSession = cache(async (): Promise<Session> => {
  const config = getConfig();
  const store = getActiveStore();
  const flags = await cookieFlags();
  const jar = await cookies();
  const client = clientOf(await headers());
  // Each step noted for the request timeline (/timeline); the store itself when recording is off.
  const trace = requestTracing()?.inPage(await headers()) ?? null;
  const traced = tracedStore(store, trace);
  const persistence = cookiePersistence(traced, config, flags, tracedJar(jar, trace));
  const { session } = await openSession(traced, config, jar.get(flags.name)?.value || null, persistence, client, Date.now, trace);
  return session;
});
// #endregion get-session

export interface SessionCookieView extends SessionCookieFlags {
  /** Bytes of `name=value` as the browser stores it, against its 4096-byte limit. */
  sizeBytes: number;
  /** When the browser drops it; null for a browser-session cookie (no Max-Age). */
  expiresAt: Date | null;
  maxAgeSeconds: number | undefined;
  present: boolean;
}

/** The session cookie as the browser sees it, for the lessons that show it. */
export async function describeSessionCookie(): Promise<SessionCookieView> {
  const config = getConfig();
  const flags = await cookieFlags();
  const session = await getSession();
  const value = (await currentSessionToken()) ?? undefined;
  const maxAgeSeconds = value ? sessionCookieMaxAge({ permanent: session.permanent, createdAt: session.createdAt.getTime() }, Date.now(), config) : undefined;
  return {
    ...flags,
    present: value !== undefined,
    sizeBytes: value === undefined ? 0 : Buffer.byteLength(`${flags.name}=${value}`),
    maxAgeSeconds,
    expiresAt: value && session.permanent ? session.expiresAt : null,
  };
}

/**
 * True when the store keeps each session on the server and can end one for good (delete its row,
 * key or file), listed or not (Memcached keeps no list); false for the sealed cookie, where only
 * the per-user session version can end a copy.
 */
export function sessionsLiveOnServer(): boolean {
  return getActiveStore().kind !== "cookie";
}

/** Which store is active, for the header and the home page. */
export function activeStoreKind() {
  return getConfig().sessionStore;
}
