import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getConfig } from "@/lib/config";

import { getActiveStore } from "./active-store";
import { sessionCookieFlags, sessionCookieMaxAge, type SessionCookieFlags } from "./cookie-policy";
import { COOKIE_SIZE_LIMIT, SessionTooLargeError } from "./errors";
import { newRecord } from "./record";
import { Session, type SessionPersistence } from "./session";

export { SessionTooLargeError, COOKIE_SIZE_LIMIT } from "./errors";
export { isReservedSessionKey, RESERVED_SESSION_KEYS } from "./reserved-keys";
export { Session } from "./session";
export type { JsonValue, SessionData } from "./store";

async function requestIsHttps(): Promise<boolean> {
  // Next.js sets x-forwarded-proto itself; a TLS-terminating proxy in front sets it to https.
  return (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

const cookieFlags = cache(async (): Promise<SessionCookieFlags> => sessionCookieFlags(getConfig(), await requestIsHttps()));

/**
 * The current request's session: the one entry point for pages, actions and route handlers,
 * read once per request (React cache). Pages only read it; actions change it and call save().
 */
export const getSession = cache(async (): Promise<Session> => {
  const config = getConfig();
  const store = getActiveStore();
  const jar = await cookies();
  const flags = await cookieFlags();
  const { name, ...cookieAttributes } = flags;

  const sentToken = jar.get(name)?.value ?? null;
  const record = sentToken ? await store.load(sentToken) : null;

  const writeCookie = (token: string, permanent: boolean) => {
    // Attributes add about 80 bytes; refuse before the browser would drop the cookie silently.
    const sizeBytes = Buffer.byteLength(`${name}=${token}`) + 80;
    if (sizeBytes > COOKIE_SIZE_LIMIT) throw new SessionTooLargeError(sizeBytes);
    jar.set(name, token, { ...cookieAttributes, maxAge: sessionCookieMaxAge(config, permanent) });
  };

  const persistence: SessionPersistence = {
    async save(token, next) {
      const saved = await store.save(token, next);
      writeCookie(saved, next.permanent);
      return saved;
    },
    async regenerate(token, next) {
      const fresh = await store.regenerate(token, next);
      writeCookie(fresh, next.permanent);
      return fresh;
    },
    async destroy(token) {
      if (token) await store.destroy(token);
      // Deleting also clears a cookie the store refused (expired, tampered), so the browser stops sending it.
      jar.delete({ name, path: cookieAttributes.path });
    },
  };

  return new Session(record ?? newRecord(config.sessionTtlSeconds), record ? sentToken : null, config.sessionTtlSeconds, persistence);
});

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
  const value = (await cookies()).get(flags.name)?.value;
  const maxAgeSeconds = value ? sessionCookieMaxAge(config, session.permanent) : undefined;
  return {
    ...flags,
    present: value !== undefined,
    sizeBytes: value === undefined ? 0 : Buffer.byteLength(`${flags.name}=${value}`),
    maxAgeSeconds,
    expiresAt: value && session.permanent ? session.expiresAt : null,
  };
}

/** Which store is active, for the header and the home page. */
export function activeStoreKind() {
  return getConfig().sessionStore;
}
