import "server-only";

import { headers } from "next/headers";

import { getConfig } from "@/lib/config";
import type { SessionBinding, SessionStoreKind } from "@/lib/config/schema";

import { getActiveStore } from "@/lib/session/active-store";
import { currentSessionToken, describeSessionCookie, getSession, type SessionCookieView } from "@/lib/session";
import { DELETED_COOKIE_HEADER } from "@/lib/session/proxy-session";
import { hashSessionToken } from "@/lib/session/session-id";
import type { SessionData, StoredSessionDetails } from "@/lib/session/store";

/**
 * What the server made of the cookie it received:
 * - "valid": it leads to a live session;
 * - "absent": the browser sent none;
 * - "refused": the store would not accept it (changed, expired, sealed with another secret, ended);
 * - "deleted": the browser sent a refused cookie on a page visit, and the proxy deleted it (the
 *   page no longer sees it): a visit alone starts no session in its place.
 */
export type CookieVerdict = "valid" | "absent" | "refused" | "deleted";

export interface SessionInspection {
  settings: {
    store: SessionStoreKind;
    /** True for a store that keeps sessions on the server (a row, a key); false when the cookie is all there is. */
    keepsSessionsOnServer: boolean;
    cookieName: string;
    ttlSeconds: number;
    idleSeconds: number;
    bind: SessionBinding;
    httpOnly: boolean;
    secure: boolean;
    sameSite: string;
    path: string;
    /** Only how many and the newest one's length: a secret never leaves the server's memory. */
    secretCount: number;
    secretLength: number;
  };
  verdict: CookieVerdict;
  /**
   * The cookie as this request carried it. `value` is exactly what the browser holds for the
   * cookie store (a sealed record the server cannot be asked to look up); for a server-side store
   * it is the start of the token's SHA-256 (`shownAs: "hash"`), as the store's key or row begins.
   */
  cookie: SessionCookieView & { value: string | null; shownAs: "value" | "hash" };
  /** The session the server decoded, or null when the cookie led to none. */
  session: { data: SessionData; permanent: boolean; createdAt: Date; expiresAt: Date } | null;
  /** What a server-side store keeps for this cookie (a row), or null when it keeps nothing. */
  stored: StoredSessionDetails | null;
}

/** Characters of the token's hash shown: enough to match a row by eye, nothing to log in with. */
const SHOWN_HASH_LENGTH = 16;

/**
 * What the page may show of the token. A server-side store's token is a bearer credential: on the
 * page (and in the RSC payload that carries it) anything that reads the page could replay it, so
 * only the start of its hash is shown, and the token itself travels in Set-Cookie alone.
 */
function shownToken(token: string | null, serverSide: boolean): { value: string | null; shownAs: "value" | "hash" } {
  if (token === null || !serverSide) return { value: token, shownAs: "value" };
  return { value: `sha256:${hashSessionToken(token).slice(0, SHOWN_HASH_LENGTH)}…`, shownAs: "hash" };
}

/** Everything the inspector shows, read once for the current request. */
export async function inspectSession(): Promise<SessionInspection> {
  const config = getConfig();
  const store = getActiveStore();
  // Every store but the sealed cookie keeps the session on a server, Memcached included, though
  // only some can list what they keep (store.registry).
  const serverSide = store.kind !== "cookie";
  const [session, cookie, value, requestHeaders] = await Promise.all([getSession(), describeSessionCookie(), currentSessionToken(), headers()]);

  let verdict: CookieVerdict;
  if (requestHeaders.get(DELETED_COOKIE_HEADER) !== null) verdict = "deleted";
  else if (value === null) verdict = "absent";
  else verdict = session.isNew ? "refused" : "valid";

  return {
    settings: {
      store: store.kind,
      keepsSessionsOnServer: serverSide,
      cookieName: cookie.name,
      ttlSeconds: config.sessionTtlSeconds,
      idleSeconds: config.sessionIdleSeconds,
      bind: config.sessionBind,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      path: cookie.path,
      secretCount: config.sessionSecrets.length,
      secretLength: config.sessionSecrets[0]!.length,
    },
    verdict,
    cookie: { ...cookie, ...shownToken(value, serverSide) },
    session: session.isNew ? null : { data: session.data, permanent: session.permanent, createdAt: session.createdAt, expiresAt: session.expiresAt },
    stored: value === null ? null : await store.describe(value),
  };
}
