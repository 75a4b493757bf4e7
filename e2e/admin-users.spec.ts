// An admin's /admin/users: disabling an account ends its sessions at once and blocks its
// sign-in; a role change ends the user's sessions too, so no cookie from before the change opens
// anything; a promotion asks for the admin's password again. Every store, and the log records it.
import { expect, test, type Page } from "@playwright/test";

import { logInOverHttp } from "./fixtures/login";
import { listsSessions, requireSessionCookie } from "./fixtures/session-cookie";
import { createTestUser, securityEventsOf } from "./fixtures/test-users";

// Each test signs in two or three browsers (an argon2 run each): room for a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

function userRow(page: Page, username: string) {
  return page.locator(`[data-testid="user-row"][data-username="${username}"]`);
}

test("disabling an account ends its sessions and blocks its sign-in; enabling lets it back", { tag: "@database" }, async ({ page, browser }, testInfo) => {
  const user = await createTestUser(testInfo);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await logInOverHttp(theirPage, user);

  await logInOverHttp(page, "admin");
  await page.goto("/admin/users");
  await userRow(page, user.username).getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("is disabled");
  await expect(userRow(page, user.username).getByTestId("user-status")).toHaveText("Disabled");

  await theirPage.goto("/profile");
  await expect(theirPage).toHaveURL(/\/login\?next=%2Fprofile/);
  // The same answer as a wrong password: nothing tells that the account exists but is disabled.
  await theirPage.getByLabel("Username").fill(user.username);
  await theirPage.getByLabel("Password").fill(user.password);
  await theirPage.getByRole("button", { name: "Log in" }).click();
  await expect(theirPage.getByRole("main").getByRole("alert")).toContainText("Invalid username or password");

  await userRow(page, user.username).getByRole("button", { name: "Enable" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("can sign in again");
  await logInOverHttp(theirPage, user);

  const kinds = (await securityEventsOf(testInfo, user.username)).map((event) => event.kind);
  expect(kinds).toEqual(expect.arrayContaining(["sign-in", "account-disabled", "sign-in-failed", "account-enabled"]));
  await theirs.close();
});

test("a demotion ends the user's sessions: /admin is closed on the very next request, even to the old cookie", { tag: "@database" }, async ({ page, browser }, testInfo) => {
  const user = await createTestUser(testInfo, { role: "admin" });
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await logInOverHttp(theirPage, user);
  expect((await theirPage.goto("/admin"))?.status()).toBe(200);
  const oldCookie = await requireSessionCookie(theirs);

  await logInOverHttp(page, "admin");
  await page.goto("/admin/users");
  await userRow(page, user.username).getByRole("button", { name: "Make user" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("is now user");

  // Signed out: /admin sends them to the login, and signing in again gives the new role.
  await theirPage.goto("/admin");
  await expect(theirPage).toHaveURL(/\/login\?next=%2Fadmin/);
  // A copy of the cookie from before the demotion gets no further.
  const replay = await browser.newContext();
  await replay.addCookies([oldCookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/admin");
  await expect(replayPage).toHaveURL(/\/login\?next=%2Fadmin/);
  await logInOverHttp(theirPage, user);
  expect((await theirPage.goto("/admin"))?.status()).toBe(403);
  await expect(theirPage.getByTestId("current-role")).toHaveText("user");

  const roleChange = (await securityEventsOf(testInfo, user.username)).find((event) => event.kind === "role-changed");
  expect(roleChange?.detail).toContain("admin → user");
  await Promise.all([theirs.close(), replay.close()]);
});

test("a promotion asks for the admin's password again, and the cookie from before it opens nothing", { tag: "@store" }, async ({ page, browser }, testInfo) => {
  const user = await createTestUser(testInfo);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await logInOverHttp(theirPage, user);
  expect((await theirPage.goto("/admin"))?.status()).toBe(403);
  const prePromotion = await requireSessionCookie(theirs);

  await logInOverHttp(page, "admin");
  await page.goto("/admin/users");
  await userRow(page, user.username).getByRole("button", { name: "Make admin" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("needs your password again");

  const confirm = page.getByRole("form", { name: "Confirm it's you" });
  await confirm.getByLabel("Password").fill("admin-pass-2026");
  await confirm.getByRole("button", { name: "Confirm password" }).click();
  await expect(page.getByText(/Password confirmed/).first()).toBeVisible();
  await userRow(page, user.username).getByRole("button", { name: "Make admin" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("is now admin");

  // The token issued before the promotion does not carry the new rights: it is signed out.
  await theirPage.goto("/admin");
  await expect(theirPage).toHaveURL(/\/login\?next=%2Fadmin/);
  const replay = await browser.newContext();
  await replay.addCookies([prePromotion]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/admin");
  await expect(replayPage).toHaveURL(/\/login\?next=%2Fadmin/);
  // Signed in again, with a new token, the new role opens /admin.
  await logInOverHttp(theirPage, user);
  expect((await theirPage.goto("/admin"))?.status()).toBe(200);
  expect((await requireSessionCookie(theirs)).value).not.toBe(prePromotion.value);
  await Promise.all([theirs.close(), replay.close()]);
});

test("an admin ends all of one user's sessions, and the log shows it filtered by user", { tag: "@database" }, async ({ page, browser }, testInfo) => {
  const user = await createTestUser(testInfo);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await logInOverHttp(theirPage, user);
  const cookie = (await requireSessionCookie(theirs)).value;

  await logInOverHttp(page, "admin");
  await page.goto("/admin/users");
  const sessions = userRow(page, user.username).getByTestId("user-sessions");
  await expect(sessions).toHaveText(listsSessions(testInfo) ? "1" : "not countable");
  await userRow(page, user.username).getByRole("button", { name: "End sessions" }).click();
  await expect(page.getByTestId("admin-result")).toContainText("signed out everywhere");
  await theirPage.goto("/profile");
  await expect(theirPage).toHaveURL(/\/login\?next=%2Fprofile/);

  const response = await page.goto(`/admin/log?user=${user.username}`);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  const entries = page.getByTestId("log-entry");
  await expect(entries.first()).toHaveAttribute("data-kind", "session-ended-by-admin");
  await expect(entries.filter({ hasNotText: user.username })).toHaveCount(0);
  expect(await page.content()).not.toContain(cookie);
  await theirs.close();
});

test("the password check is headed once, by the form itself", { tag: "@smoke" }, async ({ page }) => {
  await logInOverHttp(page, "admin");
  await page.goto("/admin/users");
  const confirm = page.getByRole("form", { name: "Confirm it's you" });
  await expect(confirm).toBeVisible();
  // Once: the card around the form used to repeat the form's own heading above it.
  await expect(page.getByText("Confirm it's you", { exact: true })).toHaveCount(1);
});
