// "Where you're signed in": two browsers signed in as one user; one ends the other, which finds
// itself signed out on its very next request, in every store. A password change does the same,
// and the security log records it all without a raw session id.
import { createHash } from "node:crypto";

import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { logInOverHttp } from "./fixtures/login";
import { listsSessions, requireSessionCookie } from "./fixtures/session-cookie";
import { createTestUser, securityEventsOf, type TestUser } from "./fixtures/test-users";

async function signedInBrowser(browser: Browser, user: TestUser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInOverHttp(page, user);
  return { context, page };
}

/** The other browser's next request: /profile lets it in, or sends it to the login. */
async function expectSignedOut(page: Page) {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
}

async function confirmPassword(page: Page, password: string) {
  const form = page.getByRole("form", { name: "Confirm it's you" });
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Confirm password" }).click();
  await expect(page.getByText(/Password confirmed/).first()).toBeVisible();
}

// Each test signs in two or three browsers (an argon2 run each): room for a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

test("a user ends their session in another browser, which is signed out on its next request", { tag: "@database" }, async ({ browser }, testInfo) => {
  const user = await createTestUser(testInfo);
  const first = await signedInBrowser(browser, user);
  const second = await signedInBrowser(browser, user);
  const secondCookie = (await requireSessionCookie(second.context)).value;

  await first.page.goto("/account");
  const sessions = first.page.getByTestId("own-session");
  await expect(sessions.filter({ hasText: "This session" })).toHaveCount(1);
  await expect(sessions.first().getByTestId("device")).toHaveText(/^Chrom(e|ium) on Linux$/);

  // Without the password typed again, nothing ends.
  await first.page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(first.page.getByTestId("end-result")).toContainText("Confirm your password first");
  await second.page.goto("/profile");
  await expect(second.page).toHaveURL(/\/profile$/);

  await confirmPassword(first.page, user.password);
  if (listsSessions(testInfo)) {
    // A store that lists its sessions shows both, and ends exactly the other one.
    await expect(sessions).toHaveCount(2);
    await sessions.filter({ hasNotText: "This session" }).getByRole("button", { name: "End" }).click();
    await expect(first.page.getByTestId("end-result")).toContainText("That session has ended");
    await expect(sessions).toHaveCount(1);
  } else {
    // The cookie store (and Memcached) can list only this one, say why, and still end the others by version.
    await expect(sessions).toHaveCount(1);
    await expect(first.page.getByTestId("unlisted-store-note")).toBeVisible();
    await first.page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(first.page.getByTestId("end-result")).toContainText("Signed out everywhere else");
  }

  await expectSignedOut(second.page);
  await first.page.goto("/profile");
  await expect(first.page).toHaveURL(/\/profile$/);

  // The log has it, with no session id in any form: neither the cookie nor the id a store keeps.
  const events = await securityEventsOf(testInfo, user.username);
  expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(["sign-in", "session-ended-by-user"]));
  const logged = JSON.stringify(events);
  expect(logged).not.toContain(secondCookie);
  expect(logged).not.toContain(sha256(secondCookie));
  expect(events.find((event) => event.kind === "sign-in")?.device).toMatch(/ on Linux$/);
  await Promise.all([first.context.close(), second.context.close()]);
});

test("a password change ends the other session by default, and this one gets a new id", { tag: "@database" }, async ({ browser }, testInfo) => {
  const user = await createTestUser(testInfo);
  const first = await signedInBrowser(browser, user);
  const second = await signedInBrowser(browser, user);
  const before = (await requireSessionCookie(first.context)).value;

  await first.page.goto("/account");
  const form = first.page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await form.getByLabel("New password again").fill("a-brand-new-password");
  await expect(form.getByLabel("Sign out my other sessions")).toBeChecked();
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("your other sessions have ended");
  expect((await requireSessionCookie(first.context)).value).not.toBe(before);

  await expectSignedOut(second.page);
  await first.page.goto("/profile");
  await expect(first.page).toHaveURL(/\/profile$/);
  // The new password signs in; the old one no longer does.
  await logInOverHttp(second.page, { username: user.username, password: "a-brand-new-password" });

  const kinds = (await securityEventsOf(testInfo, user.username)).map((event) => event.kind);
  expect(kinds).toContain("password-changed");
  expect(JSON.stringify(await securityEventsOf(testInfo, user.username))).not.toContain("a-brand-new-password");
  await Promise.all([first.context.close(), second.context.close()]);
});

test("a wrong current password changes nothing", { tag: "@smoke" }, async ({ page }, testInfo) => {
  const user = await createTestUser(testInfo);
  await logInOverHttp(page, user);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password", { exact: true }).fill("another-new-password");
  await form.getByLabel("New password again").fill("another-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
});

test("the account page is never cached, and the log-out asks the browser to forget the site", async ({ page, request }, testInfo) => {
  const user = await createTestUser(testInfo);
  await logInOverHttp(page, user);
  const response = await page.goto("/account");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  const logout = await page.request.post("/logout", { headers: { Origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect(logout.headers()["clear-site-data"]).toBe('"cookies", "storage"');
  expect(logout.headers()["cache-control"]).toContain("no-store");
  expect((await securityEventsOf(testInfo, user.username)).map((event) => event.kind)).toContain("sign-out");
  void request;
});

test("the page says how many sessions a user may hold, or why this store cannot limit them", { tag: "@store" }, async ({ page }, testInfo) => {
  await logInOverHttp(page, await createTestUser(testInfo));
  await page.goto("/account");
  await expect(page.getByTestId("session-limit")).toHaveText(
    listsSessions(testInfo) ? "You can be signed in in 10 places at once: one sign-in more ends your oldest session." : /this one cannot count them, so there is no limit here\.$/,
  );
});
