import path from "node:path";

import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";

import { hashPassword } from "../lib/auth/password";
import { waitForHydration } from "./fixtures/hydration";
import { sqliteTime } from "./fixtures/stored-session";
import { E2E_DATA_DIR } from "./servers";

async function choose(page: Page, choices: { language?: string; theme?: string; notifications?: boolean }) {
  await page.goto("/preferences");
  const form = page.getByTestId("preferences-form");
  if (choices.language) await form.getByRole("radio", { name: choices.language }).check();
  if (choices.theme) await form.getByRole("radio", { name: choices.theme }).check();
  if (choices.notifications !== undefined) await form.getByRole("checkbox", { name: "Send me notifications" }).setChecked(choices.notifications);
  await form.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved.")).toBeVisible();
}

test("the first visit's language follows the browser's Accept-Language", async ({ browser }, testInfo) => {
  // Chromium writes Accept-Language from the context's locale.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "fr-CA" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Leçons" })).toBeVisible();
  await context.close();
});

test("a chosen language wins over Accept-Language and sets <html lang>", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "fr-FR" });
  const page = await context.newPage();
  // The page starts in French (Accept-Language), so a person reads French labels.
  await page.goto("/preferences");
  await page.getByRole("radio", { name: "Español" }).check();
  await page.getByRole("button", { name: "Enregistrer les préférences" }).click();
  // The answer comes in the language just chosen.
  await expect(page.getByText("Preferencias guardadas.")).toBeVisible();
  await page.goto("/hello");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, sesión");
  await expect(page.getByLabel("Tu nombre")).toBeVisible();
  await expect(page).toHaveTitle("Hola, sesión · Sesiones con ejemplos");
  await context.close();
});

test("the header's language switcher works from the keyboard, and the choice sticks", async ({ page }) => {
  await page.goto("/hello");
  const switcher = page.getByTestId("language-switcher");
  const summary = switcher.locator("summary");
  await expect(summary).toHaveText("Language: English");
  // A native <details>: Enter opens it, no script needed.
  await summary.focus();
  await page.keyboard.press("Enter");
  const japanese = switcher.getByRole("button", { name: "日本語" });
  await expect(japanese).toBeVisible();
  await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await japanese.focus();
  await page.keyboard.press("Enter");

  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("セッション確認");
  await expect(page.getByRole("heading", { name: "ログインしてください" })).toBeVisible();
  await expect(summary).toHaveText("言語: 日本語");
  // Kept in the session like the form's choice, so it outlives the page.
  await page.goto("/preferences");
  await expect(page.locator('[data-key="preferences"]')).toContainText('"language":"ja"');
  await expect(page.getByRole("radio", { name: "日本語" })).toBeChecked();
  await expect(page).toHaveTitle("設定 · 例で学ぶセッション");
});

test("the dark theme is in the server's HTML, so a reload paints dark at once", { tag: "@smoke" }, async ({ page }) => {
  await choose(page, { theme: "Dark" });
  // The raw HTML, before any script runs: the class must already be there.
  const html = await (await page.request.get("/hello")).text();
  expect(html).toMatch(/<html[^>]*class="[^"]*\bdark\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  // Near-black: Chromium reports the colour in lab(), whose first number is the lightness (0 to 100).
  const lightness = await page.locator("body").evaluate((body) => Number(/lab\(([\d.]+)/.exec(getComputedStyle(body).backgroundColor)?.[1]));
  expect(lightness).toBeLessThan(10);

  await choose(page, { theme: "Light" });
  expect(await (await page.request.get("/hello")).text()).not.toMatch(/<html[^>]*class="[^"]*\bdark\b/);
});

test("notifications can be turned off, and the choice is shown after a reload", async ({ page }) => {
  await choose(page, { notifications: false });
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Send me notifications" })).not.toBeChecked();
  await expect(page.locator('[data-key="preferences"]')).toContainText('"notifications":false');
});

test("a theme that is not offered is refused and nothing is saved", async ({ page }) => {
  // A value no radio offers, as a hand-made request would send; set after hydration so React keeps it.
  await page.goto("/preferences");
  const dark = page.getByRole("radio", { name: "Dark" });
  await waitForHydration(dark);
  // Checked first: React rewrites a radio's value from its props after every change event.
  await dark.check();
  await dark.evaluate((input: HTMLInputElement) => input.setAttribute("value", "purple"));
  await expect(dark).toHaveAttribute("value", "purple");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Nothing was saved: one of the choices is not valid.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Theme" })).toContainText("Choose one of the listed options.");
  await expect(page.getByRole("group", { name: "Language" })).not.toContainText("Choose one of the listed options.");
  // The visit was recorded (the proxy keeps a history), but the refused choice was not saved.
  await page.reload();
  await expect(page.getByRole("radio", { name: "Light" })).toBeChecked();
  await expect(page.locator('[data-key="preferences"]')).toHaveCount(0);
});

test("a logged-in user's preferences are saved on their record and come back after logging out and in", async ({ page }, testInfo) => {
  // A user of this test's own, so no other test sees its preferences change.
  const username = `prefs-${testInfo.project.name}-${Date.now()}`;
  const password = "prefs-pass-2026";
  const databaseFile = path.resolve(import.meta.dirname, "..", E2E_DATA_DIR, `${testInfo.project.name}.db`);
  const db = new Database(databaseFile);
  db.prepare('INSERT INTO "User" (username, displayName, passwordHash, role, createdAt) VALUES (?, ?, ?, ?, ?)').run(
    username,
    "Pref Tester",
    await hashPassword(password),
    "user",
    sqliteTime(Date.now()),
  );

  const logInAsTester = async () => {
    await page.goto("/login");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/profile$/);
  };

  await logInAsTester();
  await choose(page, { theme: "Dark", notifications: false });
  expect(db.prepare('SELECT theme, notifications FROM "User" WHERE username = ?').get(username)).toEqual({ theme: "dark", notifications: 0 });

  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  // Logged out, the new session has no preferences: the page is light again.
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

  await logInAsTester();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByTestId("preference-theme")).toHaveText("dark");
  await expect(page.getByTestId("preference-notifications")).toHaveText("off");
  db.close();
});
