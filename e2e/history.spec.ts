import { expect, test, type Page } from "@playwright/test";

import { keepsSessionsOnServer, SESSION_COOKIE_NAME, TOKEN_SHAPE } from "./fixtures/session-cookie";
import { shownSessionValue } from "./fixtures/session-panel";
import { startSession } from "./fixtures/start-session";

/** The recorded paths, most recent first, as the history page lists them. */
const visitPaths = (page: Page) => page.getByTestId("visit-path");

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
}

// A visit alone starts no session (e2e/security/storage-amplification.spec.ts): start one first.
test.beforeEach(async ({ page }) => startSession(page));

test("each visit is listed, most recent first, with its time", { tag: "@smoke" }, async ({ page }) => {
  const before = Date.now();
  await visitAll(page, ["/hello", "/basics", "/history"]);
  await expect(visitPaths(page)).toHaveText(["/history", "/basics", "/hello"]);

  const times = await page.getByTestId("visits").locator("time").evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute("datetime") ?? "")));
  expect(times).toHaveLength(3);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  for (const time of times) expect(time).toBeGreaterThanOrEqual(before - 2000);
});

test("the page you are on is already in its history: the proxy records it before the page renders", async ({ page }) => {
  await visitAll(page, ["/basics", "/history"]);
  // Rendered by the very request that recorded it, not one visit late.
  await expect(visitPaths(page)).toHaveText(["/history", "/basics"]);
});

test("the session panel shows the history one visit a line, and its text is still the JSON the session holds", async ({ page }) => {
  await visitAll(page, ["/hello", "/basics"]);
  const shown = shownSessionValue(page, "history");
  // As a person reads it: the brackets on lines of their own, and one visit a line between them.
  const lines = (await shown.innerText()).split("\n");
  expect(lines).toHaveLength(4);
  expect([lines[0], lines[3]]).toEqual(["[", "]"]);
  expect(JSON.parse(lines[1]!.replace(/,$/, ""))).toMatchObject({ path: "/basics" });
  expect(JSON.parse(lines[2]!)).toMatchObject({ path: "/hello" });
  // As a copy of it pastes: the JSON itself, the line breaks being only layout.
  const visits = JSON.parse((await shown.textContent()) ?? "") as { path: string }[];
  expect(visits.map((visit) => visit.path)).toEqual(["/basics", "/hello"]);
});

test("a visit after the first sends a new cookie only when the cookie holds the session", { tag: "@database" }, async ({ page }, testInfo) => {
  await page.goto("/basics");
  const response = await page.goto("/history");
  await expect(visitPaths(page)).toHaveText(["/history", "/basics"]);
  // A sealed cookie carries the history, so it changes with every visit; a server-side store's id
  // stays the same, and sending it again would change nothing in the browser.
  const setCookie = (await response!.headerValue("set-cookie")) ?? "";
  if (keepsSessionsOnServer(testInfo)) expect(setCookie).not.toContain(`${SESSION_COOKIE_NAME}=`);
  else expect(setCookie.match(new RegExp(`^${SESSION_COOKIE_NAME}=([^;]*)`))?.[1]).toMatch(TOKEN_SHAPE.cookie);
});

test("a reload is a visit", async ({ page }) => {
  await page.goto("/history");
  await page.reload();
  await expect(visitPaths(page)).toHaveText(["/history", "/history"]);
});

test("the query string is kept", async ({ page }) => {
  await visitAll(page, ["/hello?from=history&step=2", "/history"]);
  await expect(visitPaths(page)).toHaveText(["/history", "/hello?from=history&step=2"]);
});

test("after 12 visits exactly 10 remain: the oldest are dropped", async ({ page }) => {
  await visitAll(page, Array.from({ length: 11 }, (_, index) => `/hello?n=${index + 1}`));
  await page.goto("/history");
  const kept = ["/history", ...Array.from({ length: 9 }, (_, index) => `/hello?n=${11 - index}`)];
  expect(kept.at(-1)).toBe("/hello?n=3");
  await expect(visitPaths(page)).toHaveText(kept);
  await expect(page.getByText("10 of 10 kept")).toBeVisible();
});

test("following a link is a visit, and the link's prefetch is not", async ({ page }) => {
  const isInspector = (url: string) => new URL(url).pathname === "/inspector";
  const prefetched = page.waitForResponse((response) => isInspector(response.url()) && response.request().headers()["next-router-prefetch"] !== undefined);
  await page.goto("/history");
  const link = page.getByRole("link", { name: "See what changed in the inspector" });
  await link.scrollIntoViewIfNeeded();
  // Next.js prefetches a link once it is on screen; wait until the server has answered that prefetch.
  await prefetched;

  const navigation = page.waitForRequest((request) => isInspector(request.url()) && request.headers()["rsc"] === "1" && request.headers()["next-router-prefetch"] === undefined);
  await link.click();
  await navigation; // a client-side navigation: an RSC request, not a page load
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session inspector");

  await page.goto("/history");
  await expect(visitPaths(page)).toHaveText(["/history", "/inspector", "/history"]);
});

test("a prefetch request is not a visit", async ({ page }) => {
  await page.goto("/history");
  // page.request shares the browser's cookies, as the router's own fetches do.
  const prefetches: Record<string, string>[] = [{ "next-router-prefetch": "1", rsc: "1" }, { purpose: "prefetch" }, { "sec-purpose": "prefetch" }];
  for (const headers of prefetches) {
    const response = await page.request.get("/basics", { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(200);
  }
  // The same request without a prefetch header is a visit: the three above were skipped, not lost.
  expect((await page.request.get("/hello")).status()).toBe(200);

  await page.reload();
  await expect(visitPaths(page)).toHaveText(["/history", "/hello", "/history"]);
});

test("files, Next.js's own files and the API are not visits", async ({ page }) => {
  await page.goto("/history");
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
  expect(script).toBeTruthy();
  expect((await page.request.get(script as string)).status()).toBe(200);
  for (const path of ["/favicon.ico", "/robots.txt", "/api/sessions"]) {
    await page.request.get(path); // not found here, and not visits either
  }

  await page.reload();
  await expect(visitPaths(page)).toHaveText(["/history", "/history"]);
});

test("Clear history empties it, and the button's POST is not a visit", async ({ page }) => {
  await visitAll(page, ["/hello", "/basics", "/history"]);
  await expect(visitPaths(page)).toHaveCount(3);

  await page.getByRole("button", { name: "Clear history" }).click();
  await expect(page.getByTestId("history-result")).toContainText('session.pop("history"): the history is empty.');
  await expect(visitPaths(page)).toHaveCount(0);

  // The history was all the session held, so the session ended with it: nothing is recorded.
  await page.reload();
  await expect(visitPaths(page)).toHaveCount(0);
  await expect(page.getByTestId("history-no-session")).toBeVisible();
});

test("a page reached through a form's redirect is recorded from the next request on", async ({ page }) => {
  await page.goto("/hello");
  await page.getByLabel("Your name").fill("Hanako");
  await page.getByRole("button", { name: "Save to the session" }).click();
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  // /hello/output was rendered inside the action's POST, which the proxy does not record.
  await page.goto("/history");
  await expect(visitPaths(page)).toHaveText(["/history", "/hello"]);

  await visitAll(page, ["/hello/output", "/history"]);
  await expect(visitPaths(page)).toHaveText(["/history", "/hello/output", "/history", "/hello"]);
});
