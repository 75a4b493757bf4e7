import { expect, test, type Page } from "@playwright/test";

import { logIn, logInOverHttp, storedSessionOf } from "./fixtures/login";
import { keepsSessionsOnServer, requireSessionCookie, sessionCookie } from "./fixtures/session-cookie";
import { startSession } from "./fixtures/start-session";

const INVALID = "Invalid username or password";

/**
 * Fills the login form as a person would, without expecting it to succeed, and waits for the
 * server's answer, so what the test looks at next is the outcome and not the page before it.
 */
async function submitLogin(page: Page, username: string, password: string) {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login"),
    page.getByRole("button", { name: "Log in" }).click(),
  ]);
}

/** After a refused log-in: the form has shown the answer and is ready again. */
async function formSettled(page: Page) {
  await expect(page.getByRole("main").getByRole("button", { name: "Log in" })).toBeEnabled();
}

const header = (page: Page) => page.getByRole("banner");

test("the login page prints the demo accounts", async ({ page }) => {
  await page.goto("/login");
  const accounts = page.getByTestId("demo-accounts");
  await expect(accounts.getByRole("row", { name: "admin admin-pass-2026 admin" })).toBeVisible();
  await expect(accounts.getByRole("row", { name: "alice alice-pass-2026 user" })).toBeVisible();
});

test("logging in lands on the profile, which shows who you are and your preferences", { tag: "@smoke" }, async ({ page }) => {
  const before = Date.now();
  await logIn(page, "alice");
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-name")).toHaveText("Alice Example");
  await expect(page.getByTestId("profile-username")).toHaveText("alice");
  await expect(page.getByTestId("profile-role")).toHaveText("user");

  // The log-in time is the one the session recorded, to the second.
  const shown = await page.getByTestId("profile-logged-in-at").locator("time").getAttribute("datetime");
  const loggedInAt = Date.parse(shown ?? "");
  expect(loggedInAt).toBeGreaterThanOrEqual(before - 2_000);
  expect(loggedInAt).toBeLessThanOrEqual(Date.now() + 2_000);

  await expect(page.getByTestId("preference-language")).toHaveText("English");
  await expect(page.getByTestId("preference-theme")).toHaveText("light");
  await expect(page.getByTestId("preference-notifications")).toHaveText("on");
  await expect(page.locator('[data-testid="session-contents"] [data-key="user"]')).toContainText('"username":"alice"');
});

for (const protectedPath of ["/profile", "/dashboard"]) {
  test(`${protectedPath} sends a visitor to the login, and back to ${protectedPath} after it`, async ({ page }) => {
    await page.goto(protectedPath);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(protectedPath)}`);
    await expect(page.getByTestId("next-notice")).toContainText(protectedPath);

    await submitLogin(page, "alice", "alice-pass-2026");
    await expect(page).toHaveURL(protectedPath);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Log in/);
  });
}

for (const outside of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
  test(`a next of ${outside} is not followed: the login lands on the profile`, async ({ page, baseURL }) => {
    await page.goto(`/login?next=${encodeURIComponent(outside)}`);
    await expect(page.getByTestId("next-notice")).toHaveCount(0);
    // A form changed by hand (or a crafted POST) must be refused by the server too.
    await page.locator("form[aria-label='Log in']").evaluate((form, next) => {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = "next";
      input.value = next;
      form.append(input);
    }, outside);
    await submitLogin(page, "alice", "alice-pass-2026");
    await expect(page).toHaveURL(`${baseURL}/profile`);
    await expect(page.getByTestId("profile-name")).toHaveText("Alice Example");
  });
}

test("an unknown user and a wrong password get the same answer, and the session does not change", async ({ page, context }) => {
  await startSession(page);
  await page.goto("/login");
  const before = await requireSessionCookie(context);

  await submitLogin(page, "nobody", "alice-pass-2026");
  await formSettled(page);
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText(INVALID);
  const unknownUserAnswer = await page.locator("main").innerText();
  // The username stays to correct it; the password never comes back.
  await expect(page.getByLabel("Username")).toHaveValue("nobody");
  await expect(page.getByLabel("Password")).toHaveValue("");
  expect((await requireSessionCookie(context)).value).toBe(before.value);

  await submitLogin(page, "alice", "wrong-password");
  await formSettled(page);
  await expect(alert).toHaveText(INVALID);
  expect(await page.locator("main").innerText()).toBe(unknownUserAnswer);
  expect((await requireSessionCookie(context)).value).toBe(before.value);

  await page.reload();
  await expect(page.locator('[data-testid="session-contents"] [data-key="user"]')).toHaveCount(0);
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();
});

test("empty fields are pointed out one by one", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Type your username.")).toBeVisible();
  await expect(page.getByText("Type your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("logging in gives the session a new id and keeps what it already held", { tag: "@store" }, async ({ page, context }, testInfo) => {
  // Something in the session before the log-in: the name from the hello lesson.
  await page.goto("/hello");
  await page.getByLabel("Your name").fill("Hanako");
  await page.getByRole("button", { name: "Save to the session" }).click();
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");
  await page.goto("/login");
  const before = await requireSessionCookie(context);

  await submitLogin(page, "alice", "alice-pass-2026");
  await expect(page).toHaveURL(/\/profile$/);
  const after = await requireSessionCookie(context);
  expect(after.value).not.toBe(before.value);
  await expect(page.locator('[data-testid="session-contents"] [data-key="name"]')).toHaveText('"Hanako"');

  if (keepsSessionsOnServer(testInfo)) {
    // The old id names nothing any more: whoever knew it (session fixation) holds nothing.
    expect(await storedSessionOf(testInfo, before.value)).toBeUndefined();
    expect((await storedSessionOf(testInfo, after.value))?.userId).toEqual(expect.any(Number));
  }
  // The old cookie, sent again, does not log anyone in (with the cookie store it is simply the anonymous session it was).
  await context.addCookies([{ ...after, value: before.value }]);
  await page.goto("/profile");
  await expect(page).toHaveURL("/login?next=%2Fprofile");
});

test("the profile is never cached", async ({ page }) => {
  await logInOverHttp(page, "alice");
  const response = await page.goto("/profile");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
});

test("logging out is a POST that ends the session, and back does not show the profile again", { tag: "@store" }, async ({ page, context }, testInfo) => {
  await logInOverHttp(page, "alice");
  await page.goto("/profile");
  await expect(page.getByTestId("profile-name")).toHaveText("Alice Example");
  const loggedIn = await requireSessionCookie(context);

  const [logOutRequest] = await Promise.all([
    page.waitForRequest((request) => new URL(request.url()).pathname === "/logout"),
    header(page).getByRole("button", { name: "Log out" }).click(),
  ]);
  expect(logOutRequest.method()).toBe("POST");
  await expect(page).toHaveURL("/login?status=logged-out");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You have been logged out");
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(page.locator('[data-testid="session-contents"] [data-key="user"]')).toHaveCount(0);

  // The browser may hold a new, anonymous session now (the page you land on records your visit), never the old one.
  expect((await sessionCookie(context))?.value).not.toBe(loggedIn.value);
  if (keepsSessionsOnServer(testInfo)) expect(await storedSessionOf(testInfo, loggedIn.value)).toBeUndefined();

  await page.goBack();
  await expect(page).toHaveURL("/login?next=%2Fprofile");
  await expect(page.getByTestId("profile-name")).toHaveCount(0);
});

test("a typed /logout shows a page with the log-out button, and logs nobody out by itself", async ({ page }) => {
  await logInOverHttp(page, "alice");
  const response = await page.goto("/logout");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL("/logout/confirm");
  await expect(page.getByText("You are logged in as Alice Example.")).toBeVisible();
  await expect(header(page).getByTestId("current-user")).toHaveText("Alice Example");

  await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL("/login?status=logged-out");
  await expect(page.getByText("You have been logged out")).toBeVisible();
});

test("a log-out posted from another site is refused with 403, and the session survives", async ({ page, context, baseURL }, testInfo) => {
  await logInOverHttp(page, "alice");
  const loggedIn = await requireSessionCookie(context);

  // The request carries the browser's cookie, as a cross-site form would without SameSite.
  const refused = await context.request.post("/logout", { headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("from another site (Origin: https://evil.example)");
  expect((await requireSessionCookie(context)).value).toBe(loggedIn.value);
  if (keepsSessionsOnServer(testInfo)) expect(await storedSessionOf(testInfo, loggedIn.value)).toBeDefined();
  await page.goto("/profile");
  await expect(page.getByTestId("profile-name")).toHaveText("Alice Example");

  // The same request from this site's origin is a log-out: the refusal was the Origin's doing.
  const accepted = await context.request.post("/logout", { headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(accepted.status()).toBe(303);
  // With the code that gives this browser its request timeline back (the log-out clears every cookie).
  expect(accepted.headers()["location"]).toMatch(/^\/login\?status=logged-out&timeline=[\w-]{22}$/);
  expect(accepted.headers()["clear-site-data"]).toBe('"cookies", "storage"');
  expect(accepted.headers()["cache-control"]).toBe("no-store");
  await page.goto("/profile");
  await expect(page).toHaveURL("/login?next=%2Fprofile");
});

test("a logged-in visitor to /login sees who they are and a link to the profile", async ({ page }) => {
  await logInOverHttp(page, "admin");
  await page.goto("/login");
  await expect(page.getByTestId("already-logged-in")).toContainText("You are logged in as Ada Admin (admin, role admin).");
  await expect(page.getByLabel("Password")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to your profile" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-name")).toHaveText("Ada Admin");
});

test("the header shows who is logged in on every page, and logs out", async ({ page }) => {
  await page.goto("/");
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(header(page).getByTestId("current-user")).toHaveCount(0);

  await logInOverHttp(page, "admin");
  for (const path of ["/", "/hello", "/dashboard"]) {
    await page.goto(path);
    await expect(header(page).getByTestId("current-user")).toHaveText("Ada Admin");
    await expect(header(page).getByTestId("current-role")).toHaveText("admin");
    await expect(header(page).getByRole("link", { name: "Lessons" })).toBeVisible();
    await expect(header(page).getByTestId("active-store")).toBeVisible();
  }

  await header(page).getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL("/login?status=logged-out");
  await expect(header(page).getByTestId("current-user")).toHaveCount(0);
  await expect(header(page).getByRole("link", { name: "Log in" })).toBeVisible();
});

test("the header and the pages fit a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const noSidewaysScroll = async (path: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBe(0);
  };
  for (const path of ["/login", "/logout/confirm"]) {
    await page.goto(path);
    await expect(header(page).getByRole("link", { name: "Log in" })).toBeInViewport();
    await noSidewaysScroll(path);
  }

  await logInOverHttp(page, "admin");
  for (const path of ["/profile", "/dashboard", "/admin", "/login", "/logout/confirm"]) {
    await page.goto(path);
    await expect(header(page).getByRole("button", { name: "Log out" })).toBeInViewport();
    await expect(header(page).getByTestId("current-user")).toBeInViewport();
    await expect(header(page).getByTestId("current-role")).toBeInViewport();
    await noSidewaysScroll(path);
  }
});
