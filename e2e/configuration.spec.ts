// The configuration lesson: the settings this server runs with, where each came from, the Flask
// names beside ours, and a live check of the store.
import { createHash } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { TEST_SECRET } from "./servers";

/** Everything past the error and the code that prevents it is folded under the lesson's details. */
const openDetails = (page: Page) => page.getByTestId("configuration-details").getByText("The details").click();

const settingRow = (page: Page, name: string) => page.getByTestId("effective-configuration").locator(`tr[data-setting="${name}"]`);

test.beforeEach(async ({ page }) => {
  await page.goto("/configuration");
});

test("the lesson opens with Flask's error and the message npm start gives instead", { tag: "@smoke" }, async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configuration: “no secret key was set”");
  await expect(page.getByText("The session is unavailable because no secret key was set").first()).toBeVisible();
  const messages = page.getByTestId("startup-messages");
  await expect(messages).toContainText("SESSION_SECRET is not set. Create one with: openssl rand -base64 32");
  await expect(messages).toContainText('SESSION_STORE="memcache" is not a session store. Did you mean "memcached"?');
  await expect(messages).toContainText("MEMCACHED_URL=app:***@127.0.0.1:11211: no Memcached answers there");
});

test("each setting shows its value and where it came from; the secret only as a count, a length and a fingerprint", async ({ page }, testInfo) => {
  await openDetails(page);
  // The test servers get these from their environment (e2e/playwright.config.ts) …
  await expect(settingRow(page, "SESSION_STORE").getByRole("cell").first()).toHaveText(testInfo.project.name);
  await expect(settingRow(page, "SESSION_STORE").getByTestId("setting-source")).toHaveText("environment");
  await expect(settingRow(page, "SESSION_SECRET").getByTestId("setting-source")).toHaveText("environment");
  // … and leave these to their defaults.
  await expect(settingRow(page, "SESSION_TTL_SECONDS").getByRole("cell").first()).toHaveText("604800");
  await expect(settingRow(page, "SESSION_TTL_SECONDS").getByTestId("setting-source")).toHaveText("default");
  await expect(settingRow(page, "SESSION_COOKIE_NAME").getByTestId("setting-source")).toHaveText("default");

  const fingerprint = createHash("sha256").update(TEST_SECRET).digest("hex").slice(0, 8);
  await expect(page.getByTestId("secret-description")).toHaveText(`Secrets: 1. ${TEST_SECRET.length} characters, fingerprint ${fingerprint}`);
  expect(await page.content()).not.toContain(TEST_SECRET);
});

test("the Flask names table gives each one's equivalent and default here", async ({ page }) => {
  await openDetails(page);
  const table = page.getByTestId("flask-names");
  const row = (flask: string) => table.locator(`tr[data-flask="${flask}"]`);
  await expect(row("SECRET_KEY")).toContainText("SESSION_SECRET");
  await expect(row("SECRET_KEY")).toContainText("none: required");
  await expect(row("SESSION_TYPE")).toContainText("SESSION_STORE");
  await expect(row("SESSION_TYPE").getByRole("cell").nth(1)).toHaveText("cookie");
  await expect(row("PERMANENT_SESSION_LIFETIME").getByRole("cell").nth(1)).toHaveText("604800");
  await expect(row("SESSION_KEY_PREFIX").getByRole("cell").nth(1)).toHaveText("session:");
  await expect(row("SESSION_COOKIE_HTTPONLY").getByRole("cell").nth(1)).toHaveText("always");
  await expect(row("SESSION_USE_SIGNER")).toContainText("there is nothing a signature would add");
});

test("development, test and production are compared, and the __main__ trap is explained", async ({ page }) => {
  await openDetails(page);
  const environments = page.getByTestId("environments");
  await expect(environments.getByRole("columnheader", { name: "Production (npm start)" })).toBeVisible();
  await expect(environments.getByRole("row", { name: /^Secret/ })).toContainText("Generated once into .env.development.local");
  await expect(page.getByRole("heading", { name: "The trap: a secret set where production never looks" })).toBeVisible();
  await expect(page.getByText('app.secret_key = "dev"  # python app.py only')).toBeVisible();
});

test("the active store is checked live, with its round trip", { tag: "@database" }, async ({ page }, testInfo) => {
  await expect(page.getByTestId("health-store")).toHaveText(testInfo.project.name);
  await expect(page.getByTestId("health-ok")).toHaveText("yes");
  await expect(page.getByTestId("health-round-trip")).toHaveText(/^\d+(\.\d+)? ms$/);
  const live = page.getByTestId("health-live-sessions");
  if (testInfo.project.name === "cookie" || testInfo.project.name === "memcached") await expect(live).toHaveText("not countable in this store");
  else await expect(live).toHaveText(/^\d+$/);
});

test("the page is in the learner's language too", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/configuration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Configuración: “no se definió ninguna clave secreta”");
  await expect(settingRow(page, "SESSION_TTL_SECONDS").getByTestId("setting-source")).toHaveText("por defecto");
  await context.close();
});
