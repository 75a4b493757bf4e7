// Who may say where a request came from. Behind a TLS-terminating proxy (TRUST_PROXY=1) the app
// believes the proxy's X-Forwarded-Proto and the address it appended; without one (the default) a
// client's own X-Forwarded-* count for nothing. Runs in the cookie and database projects, each
// with app instances of its own: one behind a TLS front, one reached directly.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";

import { prepareDeployment, startAppInstance, type AppInstance, type Deployment } from "../fixtures/app-instances";
import { logIn } from "../fixtures/login";
import { CLIENT_ADDRESS_HEADER, startTlsFront, type TlsFront } from "../fixtures/tls-front";
import { E2E_DATA_DIR, PORT_BASE } from "../servers";

let behindProxy: AppInstance;
let direct: AppInstance;
let front: TlsFront;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const store = testInfo.project.name;
  // The cookie and database projects may run side by side: ports of their own.
  const base = PORT_BASE + (store === "database" ? 40 : 30);
  const deployment = (name: string, env: Deployment): Deployment => ({ SESSION_STORE: store, DATABASE_URL: `file:./${E2E_DATA_DIR}/forwarded-${name}-${store}.db`, SESSION_BIND: "ua+ip", ...env });
  const proxied = deployment("proxied", { TRUST_PROXY: "1" });
  const alone = deployment("direct", {});
  await Promise.all([prepareDeployment(proxied), prepareDeployment(alone)]);
  [behindProxy, direct] = await Promise.all([startAppInstance(proxied, base), startAppInstance(alone, base + 1)]);
  front = await startTlsFront(base + 2, behindProxy.baseURL);
});

test.afterAll(async () => {
  await front?.stop();
  await Promise.all([behindProxy?.stop(), direct?.stop()]);
});

/** A browser that reaches the app through the TLS front, from the network the front names. */
async function browserVia(browser: Browser, clientAddress: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: front.baseURL, ignoreHTTPSErrors: true, extraHTTPHeaders: { [CLIENT_ADDRESS_HEADER]: clientAddress } });
}

const setCookies = (headers: { name: string; value: string }[]) =>
  headers
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);

test("over HTTPS, logging out deletes __Host-session with Secure and Path=/, and the browser drops the logged-in cookie", { tag: "@database" }, async ({ browser }) => {
  const context = await browserVia(browser, "198.51.100.10");
  const page = await context.newPage();
  await logIn(page, "alice");
  const loggedIn = (await context.cookies()).find((cookie) => cookie.name === "__Host-session");
  expect(loggedIn).toMatchObject({ secure: true, path: "/" });

  await page.goto("/logout/confirm");
  const logout = page.waitForResponse((response) => new URL(response.url()).pathname === "/logout" && response.request().method() === "POST");
  await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
  // What a browser requires to delete a __Host- cookie; without Secure it keeps the cookie.
  const deletion = setCookies(await (await logout).headersArray());
  expect(deletion.find((line) => line.startsWith("__Host-session="))).toMatch(/^__Host-session=; Path=\/;.*; Secure(;|$)/i);

  // The page after log-out records a visit, so a new anonymous session may hold the name; the
  // logged-in cookie is gone, and nothing opens the profile.
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login/);
  expect((await context.cookies()).map((cookie) => cookie.value)).not.toContain(loggedIn!.value);
  await context.close();
});

test("behind a trusted proxy, a stolen cookie replayed from another network is refused, whatever address it claims", async ({ browser }) => {
  const victim = await browserVia(browser, "198.51.100.10");
  const victimPage = await victim.newPage();
  await logIn(victimPage, "alice");
  const cookies = await victim.cookies();

  // The attacker copies the cookie (and the User-Agent, which is the same browser here) and claims
  // the victim's address in its own X-Forwarded-For; the proxy appends the address it really saw.
  const attacker = await browserVia(browser, "203.0.113.66");
  await attacker.addCookies(cookies);
  const attackerPage = await attacker.newPage();
  await attackerPage.setExtraHTTPHeaders({ [CLIENT_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "198.51.100.10" });
  await attackerPage.goto("/profile");
  await expect(attackerPage).toHaveURL(/\/login/);
  await Promise.all([victim.close(), attacker.close()]);
});

test("reached directly, a client's own X-Forwarded-Proto: https does not rename the cookie", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: direct.baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } });
  await logIn(await context.newPage(), "alice");
  // The session cookie keeps its plain name (the request timeline's own cookie aside).
  expect((await context.cookies()).map((cookie) => cookie.name).filter((name) => name.endsWith("session"))).toEqual(["session"]);
  await context.close();
});

test("reached directly, a client's own X-Forwarded-For is not its address: a cookie stays bound to the real one", async ({ browser }) => {
  // Both browsers come from 127.0.0.1; the second claims another address. Were the claim believed,
  // SESSION_BIND=ua+ip would end the session as if the cookie had been stolen.
  const context = await browser.newContext({ baseURL: direct.baseURL });
  const page = await context.newPage();
  await logIn(page, "alice");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.99" });
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Hello, Alice Example" })).toBeVisible();
  await context.close();
});
