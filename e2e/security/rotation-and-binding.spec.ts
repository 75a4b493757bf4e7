// Runs against its own server (the "rotated-bound" project in e2e/playwright.config.ts), started
// with SESSION_SECRET="<new>,<old>" and SESSION_BIND=ua.
import { expect, test } from "@playwright/test";
import { sealData, unsealData } from "iron-session";

import { bindingOf } from "../../lib/session/client-binding";
import { logIn } from "../fixtures/login";
import { requireSessionCookie, SESSION_COOKIE_NAME, SESSION_TTL_SECONDS } from "../fixtures/session-cookie";
import { ROTATED_SECRET, TEST_SECRET } from "../servers";

const BROWSER_A = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
const BROWSER_B = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";

test.use({ userAgent: BROWSER_A });

test("a cookie sealed with the previous secret still opens, and comes back sealed with the new one", async ({ page, context, baseURL }) => {
  const now = Date.now();
  const record = { data: { name: "Hanako" }, permanent: false, createdAt: now, lastSeenAt: now, expiresAt: now + 600_000, binding: bindingOf("ua", { userAgent: BROWSER_A, ip: "" }) };
  // Sealed before the rotation, when TEST_SECRET was the only secret.
  const old = await sealData(record, { password: TEST_SECRET, ttl: SESSION_TTL_SECONDS });
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: old, url: baseURL! }]);

  await page.goto("/hello/output");
  await expect(page.getByText("Hanako").first()).toBeVisible();

  const resealed = (await requireSessionCookie(context)).value;
  expect(resealed).not.toBe(old);
  // The newest secret (password id 2) opens it; the old one alone no longer does.
  expect(resealed).toMatch(/^Fe26\.2\*2\*/);
  expect(await unsealData(resealed, { password: { 2: ROTATED_SECRET }, ttl: SESSION_TTL_SECONDS })).toMatchObject({ data: { name: "Hanako" } });
  expect(await unsealData(resealed, { password: { 2: TEST_SECRET }, ttl: SESSION_TTL_SECONDS })).toEqual({});
});

test("with SESSION_BIND=ua, a session cookie copied into another browser is refused", async ({ page, context, browser, baseURL }) => {
  await logIn(page, "alice");
  const stolen = (await requireSessionCookie(context)).value;

  const sameBrowser = await browser.newContext({ baseURL, userAgent: BROWSER_A });
  await sameBrowser.addCookies([{ name: SESSION_COOKIE_NAME, value: stolen, url: baseURL! }]);
  const same = await sameBrowser.newPage();
  await same.goto("/profile");
  await expect(same.getByRole("heading", { name: "Hello, Alice Example" })).toBeVisible();
  await sameBrowser.close();

  const otherBrowser = await browser.newContext({ baseURL, userAgent: BROWSER_B });
  await otherBrowser.addCookies([{ name: SESSION_COOKIE_NAME, value: stolen, url: baseURL! }]);
  const other = await otherBrowser.newPage();
  await other.goto("/profile");
  await expect(other).toHaveURL(/\/login\?next=%2Fprofile/);
  await otherBrowser.close();
});
