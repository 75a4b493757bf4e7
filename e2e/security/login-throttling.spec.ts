// OWASP Authentication: repeated failures slow the guesser down, per account and per address,
// with a clear "try again in N seconds", and say nothing about which accounts exist.
import { randomBytes } from "node:crypto";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { prepareDeployment, startAppInstance, type AppInstance } from "../fixtures/app-instances";
import { loginAlertIn, postLogin } from "../fixtures/login";
import { E2E_DATA_DIR, PORT_BASE } from "../servers";

// Each try is a real argon2 verification: a handful of them can outlast the default 30 seconds on a busy machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

// A server of this spec's own, behind a pretend reverse proxy (TRUST_PROXY=1): each browser's
// X-Forwarded-For stands for the address a proxy saw, so every test fails from an address of its
// own, and thirty failures lock no address another spec signs in from.
let app: AppInstance;

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(120_000);
  const deployment = { SESSION_STORE: testInfo.project.name, DATABASE_URL: `file:./${E2E_DATA_DIR}/throttling-${testInfo.project.name}.db`, TRUST_PROXY: "1" };
  await prepareDeployment(deployment);
  // The cookie and database projects may run side by side: a port each.
  app = await startAppInstance(deployment, PORT_BASE + (testInfo.project.name === "database" ? 43 : 33));
});

test.afterAll(async () => app?.stop());

/** A browser whose requests claim their own client address (X-Forwarded-For), so this spec's failures count for it alone. */
async function browserFrom(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  return context.newPage();
}

async function tryLogIn(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** The login form's message; Next.js's route announcer is an alert too, outside <main>. */
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

const INVALID = "Invalid username or password";

/**
 * A failed try sent as the form posts it without JavaScript, from the page's address: the
 * failures that lead up to a lock, each checked to be the plain refusal (not a lock too early).
 * The lock itself is then seen through the form, as a person meets it.
 */
async function failOverHttp(page: Page, username: string, password: string) {
  const response = await postLogin(page.request, { username, password });
  expect(response.status()).toBe(200);
  expect(loginAlertIn(await response.text()), `the answer to ${username}`).toBe(INVALID);
}

const randomAddress = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

test("five wrong passwords lock the account for a while, even for the right password", async ({ browser }) => {
  // A throwaway account name: the lock applies to any name typed, existing or not.
  const username = `mallory-${randomBytes(4).toString("hex")}`;
  const page = await browserFrom(browser, randomAddress());
  for (let attempt = 1; attempt <= 5; attempt++) await failOverHttp(page, username, `guess-${attempt}`);
  await tryLogIn(page, username, "anything");
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-ins\. Try again in (29|30) seconds\.$/);
  await page.context().close();
});

test("a locked name and an unknown name get the same answer", async ({ browser }) => {
  const page = await browserFrom(browser, randomAddress());
  await tryLogIn(page, `nobody-${randomBytes(4).toString("hex")}`, "x");
  await expect(formAlert(page)).not.toBeEmpty();
  const unknown = await formAlert(page).textContent();
  await tryLogIn(page, "alice", "wrong-password");
  await expect(formAlert(page)).not.toBeEmpty();
  const known = await formAlert(page).textContent();
  expect(known).toBe(unknown);
  expect(known).toBe(INVALID);
  await page.context().close();
});

test("thirty failures from one address lock that address out, whatever the account", async ({ browser }) => {
  test.setTimeout(240_000);
  const address = randomAddress();
  const page = await browserFrom(browser, address);
  for (let attempt = 1; attempt <= 30; attempt++) await failOverHttp(page, `spray-${attempt}-${randomBytes(3).toString("hex")}`, "Winter2026!");
  await tryLogIn(page, "alice", "alice-pass-2026");
  await expect(formAlert(page)).toHaveText(/^Too many failed sign-ins\. Try again in \d+ seconds\.$/);

  // The same person from another address signs in as usual.
  const elsewhere = await browserFrom(browser, randomAddress());
  await tryLogIn(elsewhere, "alice", "alice-pass-2026");
  await expect(elsewhere).not.toHaveURL(/\/login/);
  await page.context().close();
  await elsewhere.context().close();
});
