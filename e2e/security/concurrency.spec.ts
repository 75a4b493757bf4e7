// Fifty "add to cart" requests of one session at once. Every server-side store applies each change
// to the session as stored at that moment, atomically (compare-and-swap in the database, a Lua
// compare-and-set in Redis, gets/cas in Memcached, a lock on the session file), so none is lost.
// A sealed cookie cannot do that: each response carries a whole new session, and the browser keeps
// the last one it receives.
import { expect, test } from "@playwright/test";

import { cartLine } from "../fixtures/cart";
import { actionFields, postForm, setCookieValue } from "../fixtures/form-post";
import { keepsSessionsOnServer, requireSessionCookie, SESSION_COOKIE_NAME, storeOf } from "../fixtures/session-cookie";
import { startSession } from "../fixtures/start-session";

/** The pencils, with stock for fifty (lib/shop/demo-products.ts). */
const PENCILS = "5";

test("fifty concurrent adds to one cart lose no item (every server-side store)", { tag: "@store" }, async ({ page, context, baseURL }, testInfo) => {
  test.skip(!keepsSessionsOnServer(testInfo), "The cookie store's answer is the next test: last write wins.");
  await startSession(page);
  await page.goto("/shop");
  const cookie = `${SESSION_COOKIE_NAME}=${(await requireSessionCookie(context)).value}`;
  const fields = await actionFields(context.request, "/shop", "productId", PENCILS);
  const origin = new URL(baseURL!).origin;

  const responses = await Promise.all(Array.from({ length: 50 }, () => postForm(context.request, "/shop", { ...fields, quantity: "1" }, { origin, cookie })));
  expect(responses.map((response) => response.status())).toEqual(Array(50).fill(200));

  await page.goto("/cart");
  await expect(cartLine(page, "Pencil set").getByLabel("Quantity")).toHaveValue("50");
});

test("with the cookie store, two requests at once each answer with their own session: the last one wins", async ({ page, context, baseURL }, testInfo) => {
  test.skip(storeOf(testInfo) !== "cookie", "A server-side store merges concurrent writes: the test above.");
  await startSession(page);
  await page.goto("/shop");
  const start = (await requireSessionCookie(context)).value;
  const origin = new URL(baseURL!).origin;
  const matcha = await actionFields(context.request, "/shop", "productId", "1");
  const notebook = await actionFields(context.request, "/shop", "productId", "2");

  // Both requests carry the same cookie, as two tabs would.
  const [first, second] = await Promise.all([
    postForm(context.request, "/shop", { ...matcha, quantity: "1" }, { origin, cookie: `${SESSION_COOKIE_NAME}=${start}` }),
    postForm(context.request, "/shop", { ...notebook, quantity: "1" }, { origin, cookie: `${SESSION_COOKIE_NAME}=${start}` }),
  ]);
  const firstCookie = setCookieValue(first, SESSION_COOKIE_NAME);
  const secondCookie = setCookieValue(second, SESSION_COOKIE_NAME);
  expect(firstCookie).toBeDefined();
  expect(secondCookie).toBeDefined();

  // Each new cookie holds one item only: whichever the browser stores last is the whole cart.
  for (const [value, has, lacks] of [
    [firstCookie!, "Matcha tea, 100 g", "Grid notebook"],
    [secondCookie!, "Grid notebook", "Matcha tea, 100 g"],
  ] as const) {
    await context.addCookies([{ name: SESSION_COOKIE_NAME, value, url: baseURL! }]);
    await page.goto("/cart");
    await expect(cartLine(page, has)).toBeVisible();
    await expect(cartLine(page, lacks)).toHaveCount(0);
  }
});
