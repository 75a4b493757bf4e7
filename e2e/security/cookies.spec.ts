// The session cookie's flags (OWASP: HttpOnly, Secure, SameSite, the __Host- prefix over HTTPS), and
// every broken cookie a browser or an attacker could send: a normal page, never a 500.
import { expect, test } from "@playwright/test";
import { sealData } from "iron-session";

import { logIn, logInOverHttp } from "../fixtures/login";
import { requireSessionCookie, SESSION_COOKIE_NAME, SESSION_TTL_SECONDS, storeOf } from "../fixtures/session-cookie";
import { backdateSession } from "../fixtures/stored-session";
import { createTestUser } from "../fixtures/test-users";

test("the session cookie is HttpOnly, SameSite=Lax, Path=/, for this host only", async ({ page, context }) => {
  // Through the form: the flags are the ones the browser itself took from Set-Cookie.
  await logIn(page, "alice");
  const cookie = await requireSessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // No Domain attribute: the browser records the exact host, not ".localhost".
  expect(cookie.domain).toBe("localhost");
  // Production (next start) marks it Secure even on http://localhost, which browsers treat as secure.
  expect(cookie.secure).toBe(true);
  expect(await page.evaluate(() => document.cookie)).not.toContain(`${SESSION_COOKIE_NAME}=`);
});

test("a cookie whose Max-Age was stretched by hand does not stretch the session", { tag: "@database" }, async ({ page, context, browser, baseURL }, testInfo) => {
  // A user of its own: another test's log-in as a demo user would end this backdated session, the user's oldest.
  await logInOverHttp(page, await createTestUser(testInfo));
  const old = await backdateSession(storeOf(testInfo), (await requireSessionCookie(context)).value, { createdAgoMs: 60 * 60_000, idleForMs: 45 * 60_000 });
  const other = await browser.newContext({ baseURL });
  // A year of Max-Age, set by the attacker's own browser: the server goes by the times inside the session.
  await other.addCookies([{ name: SESSION_COOKIE_NAME, value: old, url: baseURL!, expires: Date.now() / 1000 + 365 * 86400 }]);
  const stale = await other.newPage();
  await stale.goto("/profile");
  await expect(stale).toHaveURL(/\/login\?next=%2Fprofile/);
  await other.close();
});

const BROKEN_COOKIES: [string, (valid: string) => Promise<string> | string][] = [
  ["tampered", (valid) => valid.slice(0, 20) + (valid[20] === "A" ? "B" : "A") + valid.slice(21)],
  ["truncated", (valid) => valid.slice(0, Math.floor(valid.length / 2))],
  ["sealed with another secret", () => sealData({ data: { user: { id: 1, role: "admin" } }, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000 }, { password: "an-attackers-own-secret-0123456789abcdef", ttl: SESSION_TTL_SECONDS })],
  ["oversized (4000 characters)", () => "A".repeat(4000)],
  ["percent-encoded junk", () => "%00%ff%fe%0d%0agarbage"],
  ["empty", () => ""],
];

for (const [kind, make] of BROKEN_COOKIES) {
  test(`a ${kind} session cookie gets a normal page and a new session, never a 500`, { tag: "@store" }, async ({ page, context, request }) => {
    await logInOverHttp(page, "alice");
    const value = await make((await requireSessionCookie(context)).value);
    for (const path of ["/profile", "/cart", "/inspector", "/admin", "/history"]) {
      const response = await request.get(path, { headers: { cookie: `${SESSION_COOKIE_NAME}=${value}` }, maxRedirects: 0 });
      expect(response.status(), `${path} with a ${kind} cookie`).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/at \w+ \(|node_modules|Error: /);
    }
    // And nobody is logged in with it.
    const profile = await request.get("/profile", { headers: { cookie: `${SESSION_COOKIE_NAME}=${value}` }, maxRedirects: 0 });
    expect([303, 307]).toContain(profile.status());
    expect(profile.headers().location).toMatch(/\/login\?next=%2Fprofile/);
  });
}
