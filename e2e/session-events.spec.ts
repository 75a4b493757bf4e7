// The session layer reports a refused cookie; the security log, subscribed at start-up, records
// it, whichever part of the app opened the session: the proxy on a page visit, or a route handler.
import { randomUUID } from "node:crypto";

import { expect, test, type BrowserContext, type Page } from "@playwright/test";

import { sessionHashOf } from "../lib/security-log/session-hash";
import { logInOverHttp, registryIdOf } from "./fixtures/login";
import { SESSION_COOKIE_NAME } from "./fixtures/session-cookie";
import { TEST_SECRET } from "./servers";

/** Sets a session cookie the server never issued, and returns how the log names it (12 characters). */
async function plantForgedCookie(context: BrowserContext, baseURL: string): Promise<string> {
  // Longer than any store's token, so no store can take it for one it might have issued.
  const forged = `forged-session-cookie-${randomUUID()}`;
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: forged, url: baseURL }]);
  return sessionHashOf(registryIdOf(forged), TEST_SECRET).slice(0, 12);
}

async function expectTamperedEntry(page: Page, sessionHash: string) {
  await logInOverHttp(page, "admin");
  await page.goto("/admin/log");
  const entry = page.getByTestId("log-entry").filter({ has: page.getByTestId("log-session").getByText(sessionHash, { exact: true }) });
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute("data-kind", "tampered-cookie");
}

// Each test from a browser of its own: the log counts forged cookies from one address and device
// within a minute into one entry (e2e/security/security-log-bursts.spec.ts), under the first one's session.
const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_ON_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

test("a forged cookie on a page visit is in the security log", { tag: "@database" }, async ({ browser, page, baseURL }) => {
  const visitor = await browser.newContext({ baseURL, userAgent: FIREFOX_ON_WINDOWS });
  const sessionHash = await plantForgedCookie(visitor, baseURL!);
  const response = await (await visitor.newPage()).goto("/hello");
  expect(response?.status()).toBe(200);
  await visitor.close();

  await expectTamperedEntry(page, sessionHash);
});

test("a forged cookie sent to a route handler is in the security log", { tag: "@database" }, async ({ browser, page, baseURL }) => {
  const visitor = await browser.newContext({ baseURL, userAgent: SAFARI_ON_IOS });
  const sessionHash = await plantForgedCookie(visitor, baseURL!);
  // POST /logout is a route handler, which the proxy passes on without opening the session.
  const response = await visitor.request.post("/logout", { headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
  await visitor.close();

  await expectTamperedEntry(page, sessionHash);
});
