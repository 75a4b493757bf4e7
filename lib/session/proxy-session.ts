import "server-only";

import { randomBytes } from "node:crypto";

import { NextResponse, type NextRequest } from "next/server";

import { checkConfig, getConfig } from "@/lib/config";

import { getActiveStore } from "./active-store";
import { forwardedClientInProxy, socketForwarding } from "./forwarded-client";
import { cookiePersistence, sessionCookieFlags, type SessionCookieFlags, type SessionCookieJar, type SessionCookieOptions } from "./cookie-policy";
import { openSession } from "./open-session";
import type { Session } from "./session";
import { requestTracing } from "./trace";
import { tracedJar, tracedStore } from "./traced-store";

/**
 * Set by the proxy on the request it passes on when the browser's cookie was refused (changed,
 * expired, ended) and deleted, so the inspector can say so: the page no longer sees that cookie.
 * Nothing else sets it: the proxy removes it from every request that arrives.
 */
export const DELETED_COOKIE_HEADER = "x-session-cookie-deleted";

/** Known to this process alone: a client cannot mark its own headers as handed on (./forwarded-client.ts). */
const HANDED_ON_SECRET = randomBytes(16).toString("base64url");

type CookieWrite = { name: string; value: string; options: SessionCookieOptions } | { name: string; deleted: SessionCookieFlags };

/**
 * The headers the proxy hands on to the page: forwarding headers as TRUST_PROXY allows them
 * (./forwarded-client.ts), less any forged DELETED_COOKIE_HEADER.
 */
export function handedOnHeaders(request: NextRequest): Headers {
  // A misconfigured app trusts no proxy: its error page needs no forwarded address.
  const headers = socketForwarding(request.headers, checkConfig().ok ? getConfig().trustProxy : "off", HANDED_ON_SECRET);
  headers.delete(DELETED_COOKIE_HEADER);
  // The page adds its steps to the timeline the proxy started (./trace.ts).
  requestTracing()?.handOn(request, headers);
  return headers;
}

/** Lets the request through with the headers handedOnHeaders() leaves. */
export function passOn(request: NextRequest): NextResponse {
  return NextResponse.next({ request: { headers: handedOnHeaders(request) } });
}

/**
 * The proxy's getSession(), for a session the browser already has: opens it through the active
 * store, lets `change` edit it, saves it (a database row updated, or a cookie re-sealed) and
 * passes the new cookie on twice: to the page, in the request's Cookie header, so it renders the
 * session as changed, and to the browser, in the response's Set-Cookie. Throws on failure, before
 * anything is changed.
 *
 * A request without a session gets none: no row, key or file, and no cookie. Otherwise every
 * client that never keeps cookies (a crawler, a script, an attacker) would have the store keep a
 * session per request. A cookie the store refuses is deleted instead, so the page does not open
 * it a second time and the browser stops sending it.
 */
export async function changeSessionInProxy(request: NextRequest, change: (session: Session) => void): Promise<NextResponse> {
  const config = getConfig();
  // With no proxy trusted, the address here may be a client's claim, and a session bound to the
  // real one would end on it: the page, which sees the socket's address, judges instead, and the
  // visit goes unrecorded.
  if (config.sessionBind === "ua+ip" && config.trustProxy === "off") return passOn(request);
  const trace = requestTracing()?.inProxy(request) ?? null;
  const store = tracedStore(getActiveStore(), trace);
  const claimed = forwardedClientInProxy(request.headers, config.trustProxy, HANDED_ON_SECRET);
  const client = { userAgent: request.headers.get("user-agent") ?? "", ip: claimed.ip };
  const flags = sessionCookieFlags(config, claimed.https);
  // An empty value ("session=") is no token either: a cookie deleted earlier reads back that way.
  const sentToken = request.cookies.get(flags.name)?.value || null;
  if (sentToken === null) return passOn(request);

  const writes: CookieWrite[] = [];
  const jar: SessionCookieJar = {
    set: (name, value, options) => void writes.push({ name, value, options }),
    delete: (flags) => void writes.push({ name: flags.name, deleted: flags }),
  };

  const { session, refused } = await openSession(store, config, sentToken, cookiePersistence(store, config, flags, tracedJar(jar, trace)), client, Date.now, trace);
  if (refused) {
    await session.destroy();
  } else {
    change(session);
    await session.save();
  }

  // A server-side store's visit changes its row, not the cookie the browser holds (cookie-policy.ts).
  if (writes.length === 0 && !refused) return passOn(request);

  // Everything is saved: now hand the new cookie to the page and to the browser.
  const headers = handedOnHeaders(request);
  if (refused) headers.set(DELETED_COOKIE_HEADER, "1");
  const forwarded = new Map(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value]));
  for (const write of writes) {
    if ("deleted" in write) forwarded.delete(write.name);
    else forwarded.set(write.name, write.value);
  }
  headers.set("cookie", [...forwarded].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; "));

  const response = NextResponse.next({ request: { headers } });
  for (const write of writes) {
    if ("deleted" in write) response.cookies.delete(write.deleted);
    else response.cookies.set(write.name, write.value, write.options);
  }
  // A response that sets a session cookie is never stored by a shared cache, which would hand the
  // cookie to the next visitor (OWASP Session Management, "Web content caching").
  if (writes.length > 0) response.headers.set("Cache-Control", "no-store");
  return response;
}
