import { expect, test, type Locator, type Page } from "@playwright/test";

import { addToCart, createTestProduct, serverDatabase } from "./fixtures/cart";
import { logIn, logInOverHttp } from "./fixtures/login";
import { SESSION_COOKIE_NAME } from "./fixtures/session-cookie";
import { startSession } from "./fixtures/start-session";

/** The timeline's request cards, newest first. */
const requests = (page: Page) => page.getByTestId("timeline-request");

/** The newest recorded request with this method and path. */
const newest = (page: Page, method: string, path: string) => page.locator(`[data-testid="timeline-request"][data-method="${method}"][data-path="${path}"]`).first();

/** The kinds of a request's steps, in the order they were taken. */
const stepKinds = (request: Locator) => request.getByTestId("timeline-step").evaluateAll((steps) => steps.map((step) => step.getAttribute("data-kind")));

/** Whether `wanted` appears in `kinds` in this order, other steps allowed between. */
function inOrder(kinds: (string | null)[], wanted: string[]): boolean {
  let next = 0;
  for (const kind of kinds) if (kind === wanted[next]) next++;
  return next === wanted.length;
}

/** "METHOD path" of every recorded request, newest first. */
const listed = (page: Page) => requests(page).evaluateAll((cards) => cards.map((card) => `${card.getAttribute("data-method")} ${card.getAttribute("data-path")}`));

test("log in, add to cart, log out: each request's store steps and cookies, in order", { tag: "@database" }, async ({ page, context }, testInfo) => {
  const store = testInfo.project.name === "cookie" ? "cookie" : "database";
  const db = serverDatabase(testInfo);
  const product = createTestProduct(db, testInfo, { priceCents: 500, stock: 50, label: "Timeline item" });
  db.close();

  await logIn(page, "alice");
  await addToCart(page, product.name);
  await page.getByRole("banner").getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL("/login?status=logged-out");
  await page.goto("/timeline");

  // The page you are on is recorded too, first.
  await expect(requests(page).first()).toHaveAttribute("data-path", "/timeline");

  const login = newest(page, "POST", "/login");
  const cart = newest(page, "POST", "/shop");
  const logout = newest(page, "POST", "/logout");
  // Newest first: the log-out, then the cart, then the log-in.
  const order = await listed(page);
  expect(order.indexOf("POST /logout")).toBeGreaterThan(0);
  expect(order.indexOf("POST /logout")).toBeLessThan(order.indexOf("POST /shop"));
  expect(order.indexOf("POST /shop")).toBeLessThan(order.indexOf("POST /login"));

  // Log-in from a browser that held no session yet (reading pages starts none): the user set, a new
  // id in the store, and its Set-Cookie, HttpOnly.
  expect(inOrder(await stepKinds(login), ["set", "new-id", "set-cookie"])).toBe(true);
  await expect(login.locator('[data-kind="new-id"]')).toContainText(`new id in ${store}`);
  await expect(login.locator('[data-kind="set"]').first()).toContainText("set user");
  const loginCookie = login.getByTestId("timeline-cookie-out");
  await expect(loginCookie).toContainText(`Set-Cookie: ${SESSION_COOKIE_NAME}`);
  await expect(loginCookie).toContainText("HttpOnly");
  await expect(loginCookie).toContainText("SameSite=Lax");

  // The cart: the change by its key, then the store's write; a server-side store keeps the cookie.
  expect(inOrder(await stepKinds(cart), ["read", "update", "write"])).toBe(true);
  await expect(cart.locator('[data-kind="update"]').first()).toContainText("update cart");
  await expect(cart.locator('[data-kind="write"]')).toContainText(`${store} write`);
  if (store === "cookie") await expect(cart.getByTestId("timeline-cookie-out")).toContainText(`Set-Cookie: ${SESSION_COOKIE_NAME}`);
  else await expect(cart.getByTestId("timeline-cookie-out")).toHaveText("No Set-Cookie: the store keeps the session: the browser's cookie still names it");

  // Log-out: the session destroyed in the store, then the cookie deleted.
  expect(inOrder(await stepKinds(logout), ["read", "destroy", "delete-cookie"])).toBe(true);
  await expect(logout.locator('[data-kind="destroy"]')).toContainText(`destroyed in ${store}`);
  await expect(logout.getByTestId("timeline-cookie-out")).toHaveAttribute("data-deleted", "true");
  await expect(logout.getByTestId("timeline-cookie-out")).toContainText("Max-Age=0 (deleted)");

  // The cookie as it came in: its size against 4096 bytes and a fingerprint, never the token.
  await expect(logout.getByTestId("timeline-cookie-in")).toContainText(/\d+ of 4096 bytes/);
  await expect(logout.getByTestId("timeline-cookie-in")).toContainText(/fingerprint [0-9a-f]{8}/);
  const session = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE_NAME);
  if (session) expect(await page.content()).not.toContain(session.value);
});

test("a log-out clears every cookie, and its one-time code gives this browser, and no other, its timeline back", async ({ page, context, playwright, baseURL }) => {
  await logInOverHttp(page, "alice");
  await page.goto("/timeline");
  const before = (await context.cookies()).find((cookie) => cookie.name === "timeline");
  expect(before).toBeDefined();

  const logout = await context.request.post("/logout", { headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(logout.headers()["clear-site-data"]).toBe('"cookies", "storage"');
  const location = logout.headers()["location"];
  expect(location).toMatch(/^\/login\?status=logged-out&timeline=[\w-]{22}$/);

  // Another client with the same User-Agent, arriving first, is not handed the timeline.
  const stranger = await playwright.request.newContext({ baseURL, userAgent: await page.evaluate(() => navigator.userAgent) });
  const strangers = await stranger.get("/login", { maxRedirects: 0 });
  expect(strangers.headers()["set-cookie"] ?? "").not.toContain("timeline=");
  await stranger.dispose();

  // The browser as Clear-Site-Data left it: no cookies. The code brings back its timeline, once,
  // and the address it lands on has no code in it.
  await context.clearCookies();
  await page.goto(location);
  await expect(page).toHaveURL("/login?status=logged-out");
  expect((await context.cookies()).find((cookie) => cookie.name === "timeline")?.value).toBe(before!.value);
  await page.goto("/timeline");
  await expect(newest(page, "POST", "/logout")).toBeVisible();

  await context.clearCookies();
  await page.goto(location);
  await expect(page).toHaveURL("/login?status=logged-out");
  expect((await context.cookies()).find((cookie) => cookie.name === "timeline")).toBeUndefined();
});

test("a step opens the line of our code that took it", async ({ page }) => {
  // The proxy records visits only in a session the browser already has.
  await startSession(page);
  await page.goto("/hello");
  await page.goto("/timeline");
  const visit = newest(page, "GET", "/hello");
  const historyWrite = visit.locator('[data-kind="update"][data-by="proxy"]').getByRole("link");
  await expect(historyWrite).toHaveText("history write: update history");
  await historyWrite.click();
  await expect(page).toHaveURL(/\/source\/lib\/history\/visit-history\.ts#L\d+$/);
  await expect(page.getByTestId("source-file")).toHaveText("lib/history/visit-history.ts");
});

test("a visitor with no session is told that reading pages records nothing, not that recording is off", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByTestId("timeline-empty")).toContainText("a page read alone is not recorded, as it starts no session");
  await expect(page.getByTestId("timeline-off")).toHaveCount(0);
});

test("every lesson links to the timeline, beside the inspector", async ({ page }) => {
  await page.goto("/hello");
  await page.getByTestId("timeline-link").first().click();
  await expect(page).toHaveURL("/timeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request timeline");
});

test("without JavaScript the timeline is still drawn, and fresh on every visit", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A page read alone is not recorded (it starts no session): the history's button starts one.
  await startSession(page);
  await page.goto("/basics");
  await page.goto("/timeline");
  await expect(newest(page, "GET", "/basics")).toBeVisible();
  await page.goto("/hello");
  await page.goto("/timeline");
  await expect(requests(page).nth(1)).toHaveAttribute("data-path", "/hello");
  await context.close();
});

test("a browser sees only its own requests, and its timeline cookie is HttpOnly", async ({ browser }) => {
  const mine = await browser.newContext();
  const theirs = await browser.newContext();
  const myPage = await mine.newPage();
  const theirPage = await theirs.newPage();
  await Promise.all([startSession(myPage), startSession(theirPage)]);
  await theirPage.goto("/preferences");
  await myPage.goto("/hello");
  await myPage.goto("/timeline");
  await expect(newest(myPage, "GET", "/hello")).toBeVisible();
  await expect(newest(myPage, "GET", "/preferences")).toHaveCount(0);

  const timelineCookie = (await mine.cookies()).find((cookie) => cookie.name === "timeline");
  expect(timelineCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(timelineCookie?.expires).toBe(-1);
  await Promise.all([mine.close(), theirs.close()]);
});

test("a cross-site POST is drawn with the proxy's 403 and the rule behind it", async ({ page }) => {
  await page.goto("/hello");
  const response = await page.request.post("/hello", { headers: { Origin: "https://elsewhere.example" }, form: { name: "Mallory" } });
  expect(response.status()).toBe(403);
  await page.goto("/timeline");
  await expect(newest(page, "POST", "/hello").getByTestId("timeline-outcome")).toHaveText("Outcome: 403: refused, sent from another site (origin check)");
});
