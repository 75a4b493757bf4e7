import { expect, test, type Page } from "@playwright/test";

import { operationForm, requireSessionCookie, SESSION_COOKIE_NAME, SESSION_TTL_SECONDS, sessionCookie } from "./fixtures/session-cookie";
import { shownSessionKeys } from "./fixtures/session-panel";
import { startSession } from "./fixtures/start-session";

const KEY_RULE = "A key starts with a letter and uses only letters, digits and _.";

/** Fills in "Set a key" and presses Set. */
async function setKey(page: Page, key: string, value: string) {
  const form = operationForm(page, "Set a key");
  await form.getByLabel("Key").fill(key);
  await form.getByLabel("Value").fill(value);
  await form.getByRole("button", { name: "Set", exact: true }).click();
}

/** Sets a key and waits until the server has answered, so the cookie is in the browser. */
async function setKeyAndWait(page: Page, key: string, value: string) {
  await setKey(page, key, value);
  await expect(page.getByTestId("set-result")).toHaveText(`session["${key}"] = ${JSON.stringify(value)}`);
}

/** Types a key into a one-field form ("Read a key", "Pop a key") and presses its button. */
async function runOnKey(page: Page, title: string, button: string, key: string) {
  const form = operationForm(page, title);
  await form.getByLabel("Key").fill(key);
  await form.getByRole("button", { name: button, exact: true }).click();
}

/** The session panel's value for a key, shown as JSON. */
const shownValue = (page: Page, key: string) => page.locator(`[data-testid="session-contents"] [data-key="${key}"]`);

test.beforeEach(async ({ page }) => {
  await startSession(page);
  await page.goto("/basics");
  // Nothing but the visit history, which the proxy records on every page visit of a session.
  await expect(shownSessionKeys(page)).toHaveText(["history"]);
});

test("setting a key puts it in the session", { tag: "@smoke" }, async ({ page, context }) => {
  await setKeyAndWait(page, "color", "blue");
  await expect(shownValue(page, "color")).toHaveText('"blue"');
  await expect(shownSessionKeys(page)).toHaveText(["history", "color"]);
  expect(await sessionCookie(context)).toBeDefined();

  // It is in the session, not just on this page: a fresh request still sees it.
  await page.reload();
  await expect(shownValue(page, "color")).toHaveText('"blue"');
});

test("getting a key reads back its value", async ({ page }) => {
  await setKeyAndWait(page, "color", "blue");
  await runOnKey(page, "Read a key", "Get", "color");
  await expect(page.getByTestId("get-result")).toHaveText('session.get("color") is "blue"');
});

test("getting a missing key gives None", async ({ page }) => {
  await runOnKey(page, "Read a key", "Get", "color");
  await expect(page.getByTestId("get-result")).toHaveText('session.get("color") is None: no such key.');
});

test("popping a key returns its old value and removes it", async ({ page }) => {
  await setKeyAndWait(page, "color", "blue");
  await setKeyAndWait(page, "size", "large");
  await expect(shownValue(page, "color")).toHaveText('"blue"');

  await runOnKey(page, "Pop a key", "Pop", "color");
  await expect(page.getByTestId("pop-result")).toHaveText('session.pop("color") returned "blue"');
  await expect(shownValue(page, "color")).toHaveCount(0);
  await expect(shownValue(page, "size")).toHaveText('"large"');
});

test("popping a missing key gives None and changes nothing", async ({ page }) => {
  await setKeyAndWait(page, "size", "large");
  await runOnKey(page, "Pop a key", "Pop", "color");
  await expect(page.getByTestId("pop-result")).toHaveText('session.pop("color", None) returned None: there was no such key.');
  await expect(shownValue(page, "size")).toHaveText('"large"');
});

test("clearing empties the session and deletes its cookie", { tag: "@database" }, async ({ page, context }) => {
  await setKeyAndWait(page, "color", "blue");
  await setKeyAndWait(page, "size", "large");
  expect(await sessionCookie(context)).toBeDefined();

  await operationForm(page, "Clear the whole session").getByRole("button", { name: "Clear session" }).click();
  await expect(page.getByTestId("clear-result")).toHaveText("session.clear(): the session is empty, and the cookie was deleted.");
  await expect(page.getByTestId("session-empty")).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  // The panel rendered in the same request must not mistake the deleted cookie for a small one.
  await expect(page.getByTestId("cookie-size")).toHaveText("no cookie yet");
});

for (const badKey of ["1bad", "has space"]) {
  test(`"${badKey}" is not a key: it must start with a letter and use letters, digits and _`, async ({ page, context }) => {
    const before = await requireSessionCookie(context);
    await setKey(page, badKey, "blue");
    const form = operationForm(page, "Set a key");
    await expect(form.getByText(KEY_RULE)).toBeVisible();
    // What was typed stays, so it can be corrected.
    await expect(form.getByLabel("Key")).toHaveValue(badKey);
    await expect(form.getByLabel("Value")).toHaveValue("blue");
    await expect(shownSessionKeys(page)).toHaveText(["history"]);
    expect((await requireSessionCookie(context)).value).toBe(before.value);
    await page.reload();
    await expect(shownSessionKeys(page)).toHaveText(["history"]);
  });
}

test("the other operations check the key too", async ({ page }) => {
  await runOnKey(page, "Read a key", "Get", "has space");
  await expect(operationForm(page, "Read a key").getByText(KEY_RULE)).toBeVisible();
  await runOnKey(page, "Pop a key", "Pop", "1bad");
  await expect(operationForm(page, "Pop a key").getByText(KEY_RULE)).toBeVisible();
});

test('the key "user" belongs to another lesson and cannot be set here', async ({ page, context }) => {
  const before = await requireSessionCookie(context);
  await setKey(page, "user", "admin");
  await expect(
    operationForm(page, "Set a key").getByText('"user" belongs to another lesson (it would forge a login or a cart), so it cannot be set here.'),
  ).toBeVisible();
  await expect(shownSessionKeys(page)).toHaveText(["history"]);
  expect((await requireSessionCookie(context)).value).toBe(before.value);

  await page.reload();
  await expect(shownValue(page, "user")).toHaveCount(0);
});

test("a value of 200 characters is kept, and one of 201 is refused", async ({ page }) => {
  const longest = "b".repeat(200);
  await setKeyAndWait(page, "color", longest);
  await expect(shownValue(page, "color")).toHaveText(JSON.stringify(longest));

  const form = operationForm(page, "Set a key");
  await setKey(page, "color", "r".repeat(201));
  await expect(form.getByText("Values are at most 200 characters.")).toBeVisible();
  await expect(form.getByLabel("Value")).toHaveValue("r".repeat(201));
  await expect(shownValue(page, "color")).toHaveText(JSON.stringify(longest));
});

test("making the session permanent gives its cookie a week's Max-Age", async ({ page, context }) => {
  await expect(page.getByTestId("permanence")).toHaveText("browser-session only");

  await operationForm(page, "Keep it").getByRole("button", { name: "Make permanent" }).click();
  await expect(page.getByTestId("permanent-result")).toContainText("session.permanent = True");
  await expect(page.getByTestId("permanence")).toHaveText("permanent");

  const cookie = await requireSessionCookie(context);
  const expected = Date.now() / 1000 + SESSION_TTL_SECONDS;
  expect(Math.abs(cookie.expires - expected)).toBeLessThan(120);
  // Max-Age runs to the session's absolute timeout, a week after it began: a few seconds under a week now.
  const maxAge = Number(/\(Max-Age (\d+) s\)/.exec((await page.getByTestId("cookie-expires").textContent()) ?? "")?.[1]);
  expect(SESSION_TTL_SECONDS - maxAge).toBeGreaterThanOrEqual(0);
  expect(SESSION_TTL_SECONDS - maxAge).toBeLessThan(120);

  // A permanent session outlives a reload too.
  await page.reload();
  await expect(page.getByTestId("permanence")).toHaveText("permanent");
});

test("a browser-session only cookie has no Max-Age", async ({ page, context }) => {
  await setKeyAndWait(page, "color", "blue");
  await operationForm(page, "Keep it").getByRole("button", { name: "Make permanent" }).click();
  await expect(page.getByTestId("permanence")).toHaveText("permanent");
  expect((await requireSessionCookie(context)).expires).toBeGreaterThan(0);

  await operationForm(page, "Let it go").getByRole("button", { name: "Browser-session only" }).click();
  await expect(page.getByTestId("transient-result")).toContainText("session.permanent = False");
  await expect(page.getByTestId("permanence")).toHaveText("browser-session only");
  await expect(page.getByTestId("cookie-expires")).toHaveText("when the browser closes");
  expect((await requireSessionCookie(context)).expires).toBe(-1);
  await expect(shownValue(page, "color")).toHaveText('"blue"');
});

test("the cookie panel shows the session cookie as the browser keeps it", async ({ page, context }) => {
  // Every page visit starts a session now (the proxy records it in the history). A request the
  // proxy leaves alone, such as a prefetch, still shows the page as a visitor without a cookie sees it.
  await context.clearCookies();
  await page.setExtraHTTPHeaders({ purpose: "prefetch" });
  await page.reload();
  await expect(page.getByTestId("cookie-size")).toHaveText("no cookie yet");
  await expect(page.getByTestId("cookie-expires")).toHaveText("no cookie yet");
  await page.setExtraHTTPHeaders({});

  await setKeyAndWait(page, "color", "blue");
  await expect(page.getByTestId("cookie-name")).toHaveText(SESSION_COOKIE_NAME);
  await expect(page.getByTestId("cookie-httponly")).toHaveText("true");
  await expect(page.getByTestId("cookie-secure")).toHaveText("true");
  await expect(page.getByTestId("cookie-samesite")).toHaveText("Lax");
  await expect(page.getByTestId("cookie-path")).toHaveText("/");
  await expect(page.getByTestId("cookie-expires")).toHaveText("when the browser closes");

  // The size is that of the cookie the browser holds: name=value, in bytes.
  const cookie = await requireSessionCookie(context);
  const bytes = new TextEncoder().encode(`${cookie.name}=${cookie.value}`).length;
  await expect(page.getByTestId("cookie-size")).toHaveText(`${bytes} of 4096 bytes`);
  await expect(page.getByRole("meter", { name: "Cookie size" })).toHaveAttribute("aria-valuenow", String(bytes));
});
