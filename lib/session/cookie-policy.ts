import type { AppConfig } from "@/lib/config/schema";

import { COOKIE_SIZE_LIMIT, SessionTooLargeError } from "./errors";
import type { SessionPersistence } from "./session";
import type { SessionStore } from "./store";

export interface SessionCookieFlags {
  name: string;
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
}

/**
 * The flags every session cookie gets. HttpOnly keeps scripts (and XSS) away from it, SameSite=Lax
 * keeps it off cross-site POSTs, and Secure keeps it off plain HTTP wherever HTTPS is in use.
 */
export function sessionCookieFlags(config: AppConfig, requestIsHttps: boolean): SessionCookieFlags {
  const secure =
    config.sessionCookieSecure === "true" ||
    (config.sessionCookieSecure === "auto" && (config.production || requestIsHttps));
  return { name: config.sessionCookieName, httpOnly: true, secure, sameSite: "lax", path: "/" };
}

/** Max-Age for a permanent session; none (a browser-session cookie) otherwise, like Flask. */
export function sessionCookieMaxAge(config: AppConfig, permanent: boolean): number | undefined {
  return permanent ? config.sessionTtlSeconds : undefined;
}

export type SessionCookieOptions = Omit<SessionCookieFlags, "name"> & { maxAge: number | undefined };

/**
 * Somewhere a session cookie can be written: `cookies()` in a server action or route handler, or
 * the request and response the proxy passes on. Next.js's cookie jars all fit.
 */
export interface SessionCookieJar {
  set(name: string, value: string, options: SessionCookieOptions): void;
  delete(options: { name: string; path: string }): void;
}

/**
 * How a session is kept: the store saves the record, and the cookie carries the token the store
 * returns. getSession() and the proxy both go through here, each with its own jar, so the flags,
 * the Max-Age and the size check are the same wherever a session cookie is written.
 */
export function cookiePersistence(store: SessionStore, config: AppConfig, flags: SessionCookieFlags, jar: SessionCookieJar): SessionPersistence {
  const { name, ...attributes } = flags;

  const writeCookie = (token: string, permanent: boolean) => {
    // Attributes add about 80 bytes; refuse before the browser would drop the cookie silently.
    const sizeBytes = Buffer.byteLength(`${name}=${token}`) + 80;
    if (sizeBytes > COOKIE_SIZE_LIMIT) throw new SessionTooLargeError(sizeBytes);
    jar.set(name, token, { ...attributes, maxAge: sessionCookieMaxAge(config, permanent) });
  };

  return {
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
      jar.delete({ name, path: attributes.path });
    },
  };
}
