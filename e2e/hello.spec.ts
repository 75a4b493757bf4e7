import { expect, test, type Page } from "@playwright/test";

import { requireSessionCookie, storeOf, TOKEN_SHAPE } from "./fixtures/session-cookie";
import { shownSessionKeys } from "./fixtures/session-panel";
import { startSession } from "./fixtures/start-session";

const EMPTY_NAME = "Please type your name: an empty name is not saved.";
const LONG_NAME = "That name is too long: 40 characters at most.";
const LOGGED_OUT = "You have logged out: your name was removed from the session.";

/** What a person does on the first page: type a name and save it. */
async function saveName(page: Page, name: string) {
  await page.goto("/hello");
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Save to the session" }).click();
}

test("a saved name greets you on the next page", { tag: "@smoke" }, async ({ page }) => {
  await saveName(page, "Hanako");
  await expect(page).toHaveURL(/\/hello\/output$/);
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");
  await expect(page.locator('[data-key="name"]')).toHaveText('"Hanako"');
});

test("the name survives a reload, because the session remembers it", async ({ page }) => {
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  await page.reload();
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  // The form page knows you too now.
  await page.goto("/hello");
  await expect(page.getByText("The session already knows you as Hanako.")).toBeVisible();
});

test("spaces around a name are not saved", async ({ page }) => {
  await saveName(page, "  Taro  ");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Taro!");
});

for (const [what, typed] of [
  ["a blank name", ""],
  ["a name of only spaces", "   "],
] as const) {
  test(`${what} is refused and leaves the session as it was`, async ({ page, context }) => {
    // A visitor with a session (the history page's button), whose visits the proxy records.
    await startSession(page);
    await page.goto("/hello");
    const before = await requireSessionCookie(context);
    await page.getByLabel("Your name").fill(typed);
    await page.getByRole("button", { name: "Save to the session" }).click();
    await expect(page.getByText(EMPTY_NAME)).toBeVisible();
    await expect(page).toHaveURL(/\/hello$/);
    await expect(shownSessionKeys(page)).toHaveText(["history"]);
    expect((await requireSessionCookie(context)).value).toBe(before.value);
    await page.reload();
    await expect(shownSessionKeys(page)).toHaveText(["history"]);
  });
}

test("a name over 40 characters is refused, and what you typed stays in the field", async ({ page, context }) => {
  const tooLong = "Bartholomew Maximilian Fitzgerald-Hawthorne"; // 43 characters
  expect(tooLong.length).toBeGreaterThan(40);
  await startSession(page);
  await page.goto("/hello");
  const before = await requireSessionCookie(context);
  const field = page.getByLabel("Your name");
  // The field's maxlength stops a person typing more; the server must refuse it all the same,
  // because a request need not come from this page. So take the limit off, as such a client would.
  await field.evaluate((input) => input.removeAttribute("maxlength"));
  await field.fill(tooLong);
  await page.getByRole("button", { name: "Save to the session" }).click();

  await expect(page.getByText(LONG_NAME)).toBeVisible();
  await expect(page).toHaveURL(/\/hello$/);
  await expect(field).toHaveValue(tooLong);
  expect((await requireSessionCookie(context)).value).toBe(before.value);
  await page.reload();
  await expect(shownSessionKeys(page)).toHaveText(["history"]);
});

test("the name field takes no more than 40 characters", async ({ page }) => {
  await page.goto("/hello");
  const field = page.getByLabel("Your name");
  await field.pressSequentially("x".repeat(45));
  await expect(field).toHaveValue("x".repeat(40));
});

test("the greeting page sends a visitor with no name back to the form", async ({ page }) => {
  await page.goto("/hello/output");
  await expect(page).toHaveURL(/\/hello$/);
  await expect(page.getByLabel("Your name")).toBeVisible();
});

test("logging out removes the name from the session", async ({ page, context }) => {
  await startSession(page);
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/hello\?status=logged-out$/);
  await expect(page.getByText(LOGGED_OUT)).toBeVisible();
  // Only the name goes: the visit history the proxy keeps stays, and with it the cookie.
  await expect(shownSessionKeys(page)).toHaveText(["history"]);
  await requireSessionCookie(context);

  await page.goto("/hello/output");
  await expect(page).toHaveURL(/\/hello$/);
  await expect(page.getByTestId("greeting")).toHaveCount(0);
});

test("the session cookie is HttpOnly, SameSite=Lax, Path=/ and Secure", async ({ page, context }) => {
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  const cookie = await requireSessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: true });
  // A browser-session cookie: no Max-Age until the session is made permanent.
  expect(cookie.expires).toBe(-1);
});

test("the cookie holds what the store promises, and never the name in plain text", { tag: "@database" }, async ({ page, context }, testInfo) => {
  const store = storeOf(testInfo);
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  const cookie = await requireSessionCookie(context);
  // cookie store: an iron-session seal; database store: an opaque 43-character id.
  expect(cookie.value).toMatch(TOKEN_SHAPE[store]);
  expect(cookie.value).not.toContain("Hanako");
});

test("a changed cookie is not trusted: the server starts a new session", { tag: "@database" }, async ({ page, context }) => {
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  // Change one character in the middle: a seal no longer verifies, an id names no session.
  const cookie = await requireSessionCookie(context);
  let at = Math.floor(cookie.value.length / 2);
  while (!/[A-Za-z0-9]/.test(cookie.value[at] ?? "")) at += 1;
  const changed = cookie.value[at] === "A" ? "B" : "A";
  await context.addCookies([{ ...cookie, value: cookie.value.slice(0, at) + changed + cookie.value.slice(at + 1) }]);

  await page.goto("/hello/output");
  await expect(page).toHaveURL(/\/hello$/);
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("the lesson keeps the Japanese tutorial's own words, from the form to log-out", async ({ page }) => {
    // Written out as the article has them, not read from the catalogue: the catalogue is what is under test.
    await page.goto("/hello");
    await expect(page).toHaveTitle(/^セッション確認 · /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("セッション確認");
    await expect(page.getByRole("heading", { name: "ログインしてください" })).toBeVisible();
    await page.getByLabel("名前", { exact: true }).fill("花子");
    await page.getByRole("button", { name: "ログイン", exact: true }).click();

    await expect(page).toHaveURL(/\/hello\/output$/);
    await expect(page.getByTestId("greeting")).toHaveText("セッション情報:「花子」");
    await page.getByRole("main").getByRole("button", { name: "ログアウト", exact: true }).click();
    await expect(page).toHaveURL(/\/hello\?status=logged-out$/);
    await expect(page.getByLabel("名前", { exact: true })).toHaveValue("");
  });
});
