// OWASP Session Management: a new id at log-in (fixation), a log-out that really ends the session
// (replay), and the idle and absolute timeouts, enforced by the server whatever the cookie says.
import { expect, test, type Browser } from "@playwright/test";

import { logInOverHttp } from "../fixtures/login";
import { requireSessionCookie, SESSION_COOKIE_NAME, storeOf } from "../fixtures/session-cookie";
import { startSession } from "../fixtures/start-session";
import { backdateSession, storedRowCount } from "../fixtures/stored-session";
import { createTestUser } from "../fixtures/test-users";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// The timeout tests log in as a user of their own: a backdated session is its user's oldest, and
// another test's log-in as the same demo user would end it (at most 10 sessions a user, the
// oldest first), whatever its timeout.

/** Opens /profile in a fresh browser that presents only this cookie, as an attacker holding a copy would. */
async function profileWith(browser: Browser, baseURL: string, cookieValue: string) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: cookieValue, url: baseURL }]);
  const page = await context.newPage();
  await page.goto("/profile");
  return { page, context };
}

test("an id planted before log-in is worth nothing after it (session fixation)", { tag: "@store" }, async ({ page, context, browser, baseURL }) => {
  await startSession(page);
  const planted = (await requireSessionCookie(context)).value;

  await logInOverHttp(page, "alice");
  const afterLogin = (await requireSessionCookie(context)).value;
  expect(afterLogin).not.toBe(planted);

  const attacker = await profileWith(browser, baseURL!, planted);
  await expect(attacker.page).toHaveURL(/\/login\?next=%2Fprofile/);
  await attacker.context.close();
});

test("a copy of the cookie taken before log-out is refused after it (replay)", { tag: ["@store", "@smoke"] }, async ({ page, context, browser, baseURL }, testInfo) => {
  await logInOverHttp(page, "alice");
  const copy = (await requireSessionCookie(context)).value;
  const before = await profileWith(browser, baseURL!, copy);
  await expect(before.page.getByRole("heading", { name: "Hello, Alice Example" })).toBeVisible();
  await before.context.close();

  await page.goto("/logout/confirm");
  await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL("/login?status=logged-out");
  if (testInfo.project.name === "database") expect(storedRowCount(copy)).toBe(0);

  const replay = await profileWith(browser, baseURL!, copy);
  await expect(replay.page).toHaveURL(/\/login\?next=%2Fprofile/);
  await replay.context.close();
});

test("a log-out ends this browser's session, and only it where the server keeps sessions", { tag: "@store" }, async ({ page, browser, baseURL }, testInfo) => {
  const user = await createTestUser(testInfo);
  await logInOverHttp(page, user);
  const elsewhere = await browser.newContext({ baseURL });
  const laptop = await elsewhere.newPage();
  await logInOverHttp(laptop, user);

  await page.goto("/logout/confirm");
  await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL("/login?status=logged-out");

  await laptop.goto("/profile");
  if (testInfo.project.name === "cookie") {
    // A sealed cookie cannot be forgotten by the server: the log-out moves the user's session
    // version on, which ends every copy, this other browser's too.
    await expect(laptop).toHaveURL(/\/login\?next=%2Fprofile/);
  } else {
    await expect(laptop.getByRole("heading", { name: `Hello, ${user.displayName}` })).toBeVisible();
  }
  await elsewhere.close();
});

test("a session idle for more than 30 minutes has ended, on the server", { tag: "@database" }, async ({ page, context, browser, baseURL }, testInfo) => {
  await logInOverHttp(page, await createTestUser(testInfo));
  const store = storeOf(testInfo);
  const idle = await backdateSession(store, (await requireSessionCookie(context)).value, { createdAgoMs: 40 * MINUTE, idleForMs: 31 * MINUTE });

  const later = await profileWith(browser, baseURL!, idle);
  await expect(later.page).toHaveURL(/\/login\?next=%2Fprofile/);
  await later.context.close();
  if (store === "database") expect(storedRowCount(idle)).toBe(0);
});

test("a session in use 29 minutes after its last request still works", { tag: "@database" }, async ({ page, context, browser, baseURL }, testInfo) => {
  const user = await createTestUser(testInfo);
  await logInOverHttp(page, user);
  const recent = await backdateSession(storeOf(testInfo), (await requireSessionCookie(context)).value, { createdAgoMs: 3 * 60 * MINUTE, idleForMs: 29 * MINUTE });
  const later = await profileWith(browser, baseURL!, recent);
  await expect(later.page.getByRole("heading", { name: `Hello, ${user.displayName}` })).toBeVisible();
  await later.context.close();
});

test("a busy session still ends seven days after it began (absolute timeout)", { tag: "@database" }, async ({ page, context, browser, baseURL }, testInfo) => {
  await logInOverHttp(page, await createTestUser(testInfo));
  const old = await backdateSession(storeOf(testInfo), (await requireSessionCookie(context)).value, { createdAgoMs: 7 * DAY + MINUTE, idleForMs: MINUTE });
  const later = await profileWith(browser, baseURL!, old);
  await expect(later.page).toHaveURL(/\/login\?next=%2Fprofile/);
  await later.context.close();
});
