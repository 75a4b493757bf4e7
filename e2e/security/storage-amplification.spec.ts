// A visitor who only reads pages is given nothing to store: no session row, key or file, and no
// cookie. Otherwise every client that drops cookies (a crawler, a script) would have the server
// keep one session per request. The first thing a visitor does starts the session.
import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { sessionRowsHolding } from "../fixtures/database-rows";
import { keepsSessionsOnServer, requireSessionCookie, SESSION_COOKIE_NAME, sessionCookie } from "../fixtures/session-cookie";

const PAGES = ["/", "/hello", "/basics", "/history", "/shop", "/cart", "/inspector", "/preferences", "/stores", "/configuration"];

test("200 page views without a cookie store no session and send no cookie; one action starts one", { tag: "@database" }, async ({ playwright, page, context, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  // A marker in every path: a session stored for any of these visits would hold it.
  const marker = randomUUID();
  // A client that keeps no cookies, as a crawler or a script: every request arrives without one.
  const crawler = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    for (let index = 0; index < 200; index++) {
      const path = `${PAGES[index % PAGES.length]}?crawl=${marker}-${index}`;
      const response = await crawler.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(400);
      expect(response.headers()["set-cookie"] ?? "", path).not.toContain(`${SESSION_COOKIE_NAME}=`);
    }
    expect((await crawler.storageState()).cookies).toEqual([]);
  } finally {
    await crawler.dispose();
  }
  if (keepsSessionsOnServer(testInfo)) expect(sessionRowsHolding(marker)).toBe(0);

  // A person on the history page is told why there is nothing, and starts it with one button.
  await page.goto(`/history?crawl=${marker}`);
  await expect(page.getByTestId("history-no-session")).toContainText("reading pages does not create one");
  expect(await sessionCookie(context)).toBeUndefined();
  await page.getByRole("button", { name: "Start recording" }).press("Enter");
  await expect(page.getByTestId("history-result")).toContainText('session["history"] = []: your session has started.');
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await requireSessionCookie(context);

  await page.goto(`/basics?crawl=${marker}`);
  await page.goto("/history");
  await expect(page.getByTestId("visit-path")).toHaveText(["/history", `/basics?crawl=${marker}`]);
  if (keepsSessionsOnServer(testInfo)) expect(sessionRowsHolding(marker)).toBe(1);
});

test("a cookie the store refuses is deleted on a page visit, and no session starts in its place", { tag: "@database" }, async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: `not-a-session-${randomUUID()}`, url: baseURL }]);
  const response = await page.goto("/inspector");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("cookie-verdict")).toHaveAttribute("data-verdict", "deleted");
  expect(await sessionCookie(context)).toBeUndefined();
});

test("clearing the only thing in the session ends it, and visits stop being recorded", async ({ page, context }) => {
  await page.goto("/history");
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await page.goto("/history");
  await expect(page.getByTestId("visit-path")).toHaveText(["/history"]);

  await page.getByRole("button", { name: "Clear history" }).click();
  await expect(page.getByTestId("history-result")).toContainText('session.pop("history"): the history is empty.');
  await expect(page.getByTestId("history-no-session")).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  await page.reload();
  await expect(page.getByTestId("history-no-session")).toBeVisible();
});
