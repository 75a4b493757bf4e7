import { expect, test, type Browser, type Page } from "@playwright/test";

import { logInOverHttp, registryIdOf, storedSessionOf } from "./fixtures/login";
import { listsSessions, requireSessionCookie, storeOf } from "./fixtures/session-cookie";

/** A second person, in a browser of their own (their own cookies). */
async function secondBrowser(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The admin page's row for a session, found by the id the server keeps for its cookie. */
const sessionEntry = (page: Page, cookieValue: string) => page.locator(`[data-session-id="${registryIdOf(cookieValue)}"]`);

test("the dashboard needs a login, and then shows your role", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL("/login?next=%2Fdashboard");

  await logInOverHttp(page, "alice");
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-role")).toHaveText("user");
  const pages = page.getByRole("list", { name: "Pages and who may open them" });
  await expect(pages.getByRole("listitem").filter({ hasText: "Admin: active sessions" })).toContainText("403 for you");
  await expect(pages.getByRole("listitem").filter({ hasText: "Profile" })).toContainText("open to you");
});

test("the admin page sends a visitor to the login first", async ({ page }) => {
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL("/login?next=%2Fadmin");
});

test("a user without the admin role gets a real 403, not a redirect", async ({ page }) => {
  await logInOverHttp(page, "alice");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need the admin role");
  await expect(page.getByText("You are logged in as Alice Example, whose role is user.")).toBeVisible();
  // The session is untouched: still alice, still logged in.
  await expect(page.getByRole("banner").getByTestId("current-user")).toHaveText("Alice Example");
});

test("logging in as a user to reach /admin ends on the 403, not in a loop", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL("/login?next=%2Fadmin");
  await page.getByLabel("Username").fill("alice");
  await page.getByLabel("Password").fill("alice-pass-2026");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need the admin role");
  const response = await page.reload();
  expect(response?.status()).toBe(403);
  await expect(page).toHaveURL(/\/admin$/);
});

test("the admin sees the active sessions, their own marked", { tag: "@store" }, async ({ page, context }, testInfo) => {
  test.skip(!listsSessions(testInfo), "Only a store that lists its sessions shows them.");
  await logInOverHttp(page, "admin");
  await page.goto("/admin");
  const mine = sessionEntry(page, (await requireSessionCookie(context)).value);
  await expect(mine).toContainText("Ada Admin");
  await expect(mine).toContainText("admin · id");
  await expect(mine.getByTestId("this-is-you")).toHaveText("this is you");
  await expect(mine.getByRole("button", { name: "End session" })).toHaveCount(0);
  for (const label of ["Created", "Last seen", "Expires"]) await expect(mine.getByText(label)).toBeVisible();
  await expect(page.getByTestId("this-is-you")).toHaveCount(1);
});

test("the admin ends alice's session, and her next request finds her logged out", { tag: "@database" }, async ({ page, browser, baseURL }, testInfo) => {
  test.skip(!listsSessions(testInfo), "Only a store that lists its sessions offers to end one; the others explain why not.");
  const alice = await secondBrowser(browser, baseURL);
  await logInOverHttp(alice, "alice");
  const aliceCookie = await requireSessionCookie(alice.context());
  expect((await storedSessionOf(testInfo, aliceCookie.value))?.userId).toEqual(expect.any(Number));

  await logInOverHttp(page, "admin");
  await page.goto("/admin");
  const entry = sessionEntry(page, aliceCookie.value);
  await expect(entry).toContainText("Alice Example");
  await entry.getByRole("button", { name: "End session" }).click();
  await expect(page.getByTestId("end-session-result")).toHaveText("Ended Alice Example's session (alice). Its next request finds no session: logged out.");
  await expect(entry).toHaveCount(0);
  expect(await storedSessionOf(testInfo, aliceCookie.value)).toBeUndefined();

  // Alice's browser still sends the same cookie, but it names nothing now.
  expect((await requireSessionCookie(alice.context())).value).toBe(aliceCookie.value);
  await alice.goto("/profile");
  await expect(alice).toHaveURL("/login?next=%2Fprofile");
  await expect(alice.getByRole("banner").getByTestId("current-user")).toHaveCount(0);

  // The admin is still logged in.
  await page.reload();
  await expect(page.getByTestId("this-is-you")).toHaveCount(1);
  await alice.context().close();
});

test("ending a session checks the admin role in the action too, not only on the page", { tag: "@database" }, async ({ page, context, browser, baseURL }, testInfo) => {
  test.skip(!listsSessions(testInfo), "Only a store that lists its sessions offers to end one.");
  // Someone else's session, for the admin page to show.
  const visitor = await secondBrowser(browser, baseURL);
  await visitor.goto("/hello");
  await visitor.getByLabel("Your name").fill("Hanako");
  await visitor.getByRole("button", { name: "Save to the session" }).click();
  await expect(visitor.getByTestId("greeting")).toHaveText("Hello, Hanako!");
  const visitorCookie = await requireSessionCookie(visitor.context());

  await logInOverHttp(page, "admin");
  await page.goto("/admin");
  const entry = sessionEntry(page, visitorCookie.value);
  await expect(entry).toContainText("Anonymous visitor");

  // In another tab of the same browser, the admin logs out and alice logs in: the admin page left
  // open now posts with alice's session.
  const otherTab = await context.newPage();
  await otherTab.goto("/logout/confirm");
  await otherTab.getByRole("main").getByRole("button", { name: "Log out" }).click();
  await expect(otherTab).toHaveURL("/login?status=logged-out");
  await logInOverHttp(otherTab, "alice");

  const [response] = await Promise.all([
    page.waitForResponse((candidate) => new URL(candidate.url()).pathname === "/admin" && candidate.request().method() === "POST"),
    entry.getByRole("button", { name: "End session" }).click(),
  ]);
  expect(response.status()).toBe(403);
  expect(await storedSessionOf(testInfo, visitorCookie.value)).toBeDefined();
  await visitor.goto("/hello/output");
  await expect(visitor.getByTestId("greeting")).toHaveText("Hello, Hanako!");
  await visitor.context().close();
});

test("with the cookie or Memcached store, the admin page explains why it cannot list sessions", { tag: "@store" }, async ({ page }, testInfo) => {
  test.skip(listsSessions(testInfo), "This store lists the sessions instead.");
  await logInOverHttp(page, "admin");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  const explanation = page.getByTestId("stateless-explanation");
  await expect(page.getByRole("heading", { name: "This store cannot list sessions, nor end one alone" })).toBeVisible();
  await expect(explanation).toContainText(
    storeOf(testInfo) === "memcached" ? "this store keeps no index of them" : "sealed (encrypted and signed) inside its own browser's cookie",
  );
  await expect(explanation).toContainText("per-user session version");
  // The lesson that does it is a real page, one click away.
  await expect(explanation.getByRole("link", { name: "Account security" })).toHaveAttribute("href", "/account");
  await expect(page.getByTestId("active-session")).toHaveCount(0);
});
