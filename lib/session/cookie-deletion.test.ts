import { ResponseCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { describe, expect, it } from "vitest";

import { cookiePersistence, sessionCookieFlags, type SessionCookieJar } from "./cookie-policy";
import { sealedCookieStore } from "./stores/cookie";
import { testConfig } from "@/lib/testing/open-session-with";

/** The Set-Cookie headers a log-out sends, written by Next.js's own cookie jar. */
async function logOutHeaders(requestIsHttps: boolean, env: Record<string, string> = {}): Promise<string[]> {
  const config = testConfig(env);
  const headers = new Headers();
  const cookies = new ResponseCookies(headers);
  const jar: SessionCookieJar = { set: (name, value, options) => void cookies.set(name, value, options), delete: (flags) => void cookies.delete(flags) };
  const store = sealedCookieStore(config.sessionSecrets, config.sessionTtlSeconds);
  await cookiePersistence(store, config, sessionCookieFlags({ ...config, production: true }, requestIsHttps), jar).destroy(null);
  return headers.getSetCookie();
}

describe("the session cookie's deletion", () => {
  it("over HTTPS deletes __Host-session with Secure and Path=/, which browsers require of that name", async () => {
    const [deletion] = await logOutHeaders(true);
    expect(deletion).toMatch(/^__Host-session=;/);
    expect(deletion).toMatch(/; Secure/i);
    expect(deletion).toMatch(/; Path=\/(;|$)/);
    expect(deletion).toMatch(/; Expires=Thu, 01 Jan 1970/);
    expect(deletion).not.toMatch(/; Domain=/i);
  });

  it("keeps the flags the cookie was set with over plain HTTP too", async () => {
    const [deletion] = await logOutHeaders(false, { SESSION_COOKIE_SECURE: "false" });
    expect(deletion).toMatch(/^session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=lax$/i);
  });
});
