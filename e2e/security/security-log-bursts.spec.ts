// A burst of refused cookies from one client is one entry of the security log, with a count: a
// thousand made-up cookies cannot write a thousand rows. Timeouts are logged in every store too.
import { randomBytes } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { describeDevice, deviceLine } from "../../lib/security-log/device";
import { logIn, logInOverHttp } from "../fixtures/login";
import { keepsSessionsOnServer, requireSessionCookie, SESSION_COOKIE_NAME, storeOf } from "../fixtures/session-cookie";
import { backdateSession } from "../fixtures/stored-session";
import { createTestUser } from "../fixtures/test-users";

const MINUTE = 60_000;

/** A browser no other test uses, so this test's entries are its own: the log tells clients apart by address and device. */
const CHROMEBOOK = "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

async function logEntries(page: Page, kind: string, device: string) {
  await logIn(page, "admin");
  await page.goto("/admin/log");
  return page.locator(`[data-testid="log-entry"][data-kind="${kind}"]`).filter({ hasText: device });
}

test("100 made-up session cookies from one client are one log entry that counts 100", { tag: "@database" }, async ({ playwright, page, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const attacker = await playwright.request.newContext({ baseURL, userAgent: CHROMEBOOK });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      // Random ids shaped as a server-side store's: not a seal the cookie store can open, nor an id the database holds.
      const response = await attacker.get("/hello", { headers: { cookie: `${SESSION_COOKIE_NAME}=${randomBytes(32).toString("base64url")}` }, maxRedirects: 0 });
      expect(response.status()).toBe(200);
    }
  } finally {
    await attacker.dispose();
  }

  const kind = keepsSessionsOnServer(testInfo) ? "unknown-session" : "tampered-cookie";
  const entries = await logEntries(page, kind, deviceLine(describeDevice(CHROMEBOOK)));
  await expect(entries).toHaveCount(1);
  await expect(entries).toHaveAttribute("data-count", "100");
  await expect(entries.getByTestId("log-count")).toHaveText("100");
  await expect(page.getByRole("columnheader", { name: "Times" })).toBeVisible();
});

test("a session that timed out is logged, with whose it was, in a server-side store too", { tag: "@database" }, async ({ page, browser, baseURL }, testInfo) => {
  // A user of its own: another test's log-in as a demo user would end this backdated session, the
  // user's oldest (at most 10 sessions a user), and the log would say "unknown session id".
  const user = await createTestUser(testInfo);
  const userContext = await browser.newContext({ baseURL });
  await logInOverHttp(await userContext.newPage(), user);
  const cookie = (await requireSessionCookie(userContext)).value;
  // Closed first: no prefetch of that page may meet the session once it is backdated.
  await userContext.close();
  const idle = await backdateSession(storeOf(testInfo), cookie, { createdAgoMs: 40 * MINUTE, idleForMs: 31 * MINUTE });

  // Back after the idle timeout, from a browser no other test uses.
  const later = await browser.newContext({ baseURL, userAgent: CHROMEBOOK });
  await later.addCookies([{ name: SESSION_COOKIE_NAME, value: idle, url: baseURL! }]);
  const profile = await later.newPage();
  await profile.goto("/profile");
  await expect(profile).toHaveURL(/\/login\?next=%2Fprofile/);
  await later.close();

  const entries = (await logEntries(page, "idle-timeout", deviceLine(describeDevice(CHROMEBOOK)))).filter({ hasText: user.username });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("Idle timeout");
});
