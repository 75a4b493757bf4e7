import type { AppConfig } from "@/lib/config/schema";

import { COOKIE_SIZE_LIMIT, SessionTooLargeError } from "./errors";
import type { SessionPersistence } from "./session";
import type { SessionRecord, SessionStore } from "./store";

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
  // Over HTTPS the name gets the __Host- prefix: browsers then accept the cookie only if it is Secure,
  // has Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or shadow it.
  const name = secure && requestIsHttps ? `__Host-${config.sessionCookieName}` : config.sessionCookieName;
  return { name, httpOnly: true, secure, sameSite: "lax", path: "/" };
}

/**
 * Max-Age for a permanent session: until its absolute timeout, when the server would refuse it
 * anyway. None (a browser-session cookie) otherwise, like Flask. The server never trusts it: the
 * timeouts are checked against the times inside the record.
 */
export function sessionCookieMaxAge(record: Pick<SessionRecord, "permanent" | "createdAt">, now: number, config: Pick<AppConfig, "sessionTtlSeconds">): number | undefined {
  if (!record.permanent) return undefined;
  return Math.max(0, Math.ceil((record.createdAt + config.sessionTtlSeconds * 1000 - now) / 1000));
}

export type SessionCookieOptions = Omit<SessionCookieFlags, "name"> & { maxAge: number | undefined };

/**
 * Somewhere a session cookie can be written: `cookies()` in a server action or route handler, or
 * the request and response the proxy passes on. Next.js's cookie jars all fit as they are.
 */
export interface SessionCookieJar {
  set(name: string, value: string, options: SessionCookieOptions): unknown;
  /** Deletes with the flags it was set with: a __Host- cookie's deletion without Secure is refused by browsers. */
  delete(options: SessionCookieFlags): unknown;
}

/**
 * True when the cookie a save would send is the one the browser already holds: the same token (a
 * server-side store keeps its id until regenerate(); a sealed cookie is new on every save), and the
 * same Max-Age, which runs to the absolute timeout fixed when the session began, so it changes only
 * when the session becomes permanent or stops being so. Sending it again would change nothing in
 * the browser and costs every response that carries one; express-session's shouldSetCookie skips
 * it the same way.
 */
function browserHoldsCookie(sentToken: string | null, read: SessionRecord, saved: { token: string; record: SessionRecord }): boolean {
  return saved.token === sentToken && saved.record.permanent === read.permanent;
}

/**
 * How a session is kept: the store saves the record, and the cookie carries the token the store
 * returns. getSession() and the proxy both go through here, each with its own jar, so the flags,
 * the Max-Age and the size check are the same wherever a session cookie is written.
 */
export function cookiePersistence(store: SessionStore, config: AppConfig, flags: SessionCookieFlags, jar: SessionCookieJar): SessionPersistence {
  const { name, ...attributes } = flags;

  const writeCookie = async (token: string, record: SessionRecord) => {
    // Attributes add about 80 bytes; refuse before the browser would drop the cookie silently.
    const sizeBytes = Buffer.byteLength(`${name}=${token}`) + 80;
    if (sizeBytes > COOKIE_SIZE_LIMIT) throw new SessionTooLargeError(sizeBytes);
    await jar.set(name, token, { ...attributes, maxAge: sessionCookieMaxAge(record, Date.now(), config) });
  };

  return {
    async save(token, change, read) {
      const sentToken = token;
      let saved: { token: string; record: SessionRecord } | null = null;
      if (token !== null && store.update) {
        // A store that can change the stored record atomically gets the steps, not the result.
        // Null: ended meanwhile, so this request's changes start a new session from nothing, and
        // a log-out elsewhere is never undone by a request still in flight.
        saved = await store.update(token, change);
        token = null;
      }
      if (!saved) {
        const record = change(token === null ? null : read);
        saved = { token: await store.save(token, record), record };
      }
      if (browserHoldsCookie(sentToken, read, saved)) return saved;
      await writeCookie(saved.token, saved.record);
      return saved;
    },
    async regenerate(token, next) {
      const fresh = await store.regenerate(token, next);
      await writeCookie(fresh, next);
      return fresh;
    },
    async destroy(token) {
      if (token) await store.destroy(token);
      // Deleting also clears a cookie the store refused (expired, tampered), so the browser stops sending it.
      await jar.delete(flags);
    },
  };
}
