import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getConfig } from "@/lib/config";
// The one way into the security log from here: what the session layer saw end, logged by the log.
import { recordSessionEnding } from "@/lib/security-log/session-ending";

import { getActiveStore } from "./active-store";
import { cookiePersistence, sessionCookieFlags, sessionCookieMaxAge, type SessionCookieFlags, type SessionCookieJar } from "./cookie-policy";
import { openSession } from "./open-session";
import { clientOf, requestIsHttps } from "./request-client";
import { sentSessionToken } from "./sent-token";
import type { Session } from "./session";

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
 * The session token this request's own saves have written, by the request's headers object (one
 * per request: the same in a server action and in the page render that follows it). The Cookie
 * header keeps what the browser sent, and that render must see what the action wrote, as cookies()
 * would show it.
 */
const writtenThisRequest = new WeakMap<Headers, string | null>();

/**
 * Where getSession's saves write the cookie: cookies(), reached for only when one does. Reading
 * goes around it (./sent-token.ts): its first call in a route handler or server action costs about
 * 80 us on the bench's 2-core machine, where most requests only read the session.
 */
function writeOnlyJar(requestHeaders: Headers): SessionCookieJar {
  return {
    async set(name, value, options) {
      (await cookies()).set(name, value, options);
      writtenThisRequest.set(requestHeaders, value);
    },
    async delete(options) {
      (await cookies()).delete(options);
      writtenThisRequest.set(requestHeaders, null);
    },
  };
}

/** The session token for this request: the one a save of its own wrote, else the one it came with. */
function tokenOf(requestHeaders: Headers, flags: SessionCookieFlags): string | null {
  const written = writtenThisRequest.get(requestHeaders);
  return written !== undefined ? written : sentSessionToken(requestHeaders, flags.name);
}

/**
 * The current request's session: the one entry point for pages, actions and route handlers,
 * read once per request (React cache). Pages only read it; actions change it and call save().
 */
export const getSession = cache(async (): Promise<Session> => {
  const config = getConfig();
  const store = getActiveStore();
  const requestHeaders = await headers();
  const flags = cookieFlagsOf(requestHeaders);

  const sentToken = tokenOf(requestHeaders, flags);
  const client = clientOf(requestHeaders);
  const { session, ending } = await openSession(store, config, sentToken, cookiePersistence(store, config, flags, writeOnlyJar(requestHeaders)), client);
  await recordSessionEnding(ending, client);
  return session;
});

/**
 * The token the browser sent for this request (or this action set), or null, read as getSession()
 * reads it and never opened: what names the session in a registry.
 */
export async function currentSessionToken(): Promise<string | null> {
  const requestHeaders = await headers();
  return tokenOf(requestHeaders, cookieFlagsOf(requestHeaders));
}

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
 * True when the store keeps each session on the server and can end one for good (delete its row or
 * key); false for the sealed cookie, where only the per-user session version can end a copy.
 */
export function sessionsLiveOnServer(): boolean {
  return getActiveStore().registry !== undefined;
}

/** Which store is active, for the header and the home page. */
export function activeStoreKind() {
  return getConfig().sessionStore;
}
