// The routes npm run bench drives (app/api/bench/*/route.bench.ts): the same small page without the
// session, with a session read, and with one session write. They must do what the benchmark says
// they do. They exist only in the bench's build: run these with (the build folder kept apart, so a
// later `npm start` never serves the probes)
//   BENCH_BUILD=1 NEXT_DIST_DIR=.next-bench npm run test:e2e -- e2e/bench-probes.spec.ts
import { expect, test } from "@playwright/test";

import { fullHistorySessions } from "../bench/scenarios";
import { HISTORY_LIMIT } from "../lib/history/visit-history";

import { logInOverHttp } from "./fixtures/login";
import { requireSessionCookie, SESSION_COOKIE_NAME, sessionCookie, storeOf } from "./fixtures/session-cookie";

test.skip(process.env.BENCH_BUILD !== "1", "The probes are built only with BENCH_BUILD=1 (the bench's build); a production build has none.");

test("the control probe answers without touching the session", async ({ request }) => {
  const response = await request.get("/api/bench/control");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-session="none"');
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("the event-loop-turn floor answers the control's page, without touching the session", async ({ page }) => {
  await logInOverHttp(page, "alice");
  const sessionBefore = (await requireSessionCookie(page.context())).value;
  const response = await page.request.get("/api/bench/turn");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-session="none" data-keys="0"');
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect((await sessionCookie(page.context()))?.value).toBe(sessionBefore);
});

test("the control's POST answers the same page, with no cookie, and leaves the session alone", async ({ page, baseURL }) => {
  await logInOverHttp(page, "alice");
  const sessionBefore = (await requireSessionCookie(page.context())).value;
  const response = await page.request.post("/api/bench/control", { headers: { origin: baseURL! } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-session="none" data-keys="0"');
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect((await sessionCookie(page.context()))?.value).toBe(sessionBefore);
});

test("the set-cookie floor sends back a cookie as large as the one it got, and leaves the session alone", async ({ page, baseURL }) => {
  await logInOverHttp(page, "alice");
  const sessionBefore = (await requireSessionCookie(page.context())).value;
  const response = await page.request.post("/api/bench/set-cookie", { headers: { origin: baseURL! } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-session="none"');
  const sent = response.headers()["set-cookie"] ?? "";
  expect(sent).toMatch(/^bench-control=x+; Path=\/; HttpOnly; SameSite=lax$/i);
  expect(sent).not.toContain("session=");
  // The cookie it was sent was at least the session cookie: the floor is as large as a session write's.
  expect(sent.split(";")[0]!.length).toBeGreaterThan(sessionBefore.length);
  expect((await sessionCookie(page.context()))?.value).toBe(sessionBefore);
});

test("the write probe's sealed cookie grows with each visit until the history is full, then keeps its size: the size the set-cookie floor is sent", async ({ page, baseURL }, testInfo) => {
  test.skip(storeOf(testInfo) !== "cookie", "a server-side store's cookie is an id, whatever the session holds");
  await logInOverHttp(page, "alice");
  const loggedIn = `${SESSION_COOKIE_NAME}=${(await requireSessionCookie(page.context())).value}`;
  const [full] = await fullHistorySessions(baseURL!, [loggedIn]);
  // HISTORY_LIMIT visits of "/api/bench/session", each about 60 bytes of JSON before sealing.
  expect(full!.length).toBeGreaterThan(loggedIn.length + HISTORY_LIMIT * 60);
  const [fuller] = await fullHistorySessions(baseURL!, [full!]);
  expect(fuller).not.toBe(full);
  expect(fuller!.length).toBe(full!.length);
});

test("the cookie-read floor finds the session cookie through next/headers, and neither opens nor touches the session", async ({ page }) => {
  await logInOverHttp(page, "alice");
  const sent = (await requireSessionCookie(page.context())).value;
  const response = await page.request.get("/api/bench/cookie-read");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`data-session="none" data-keys="${sent.length}"`);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("the session probe reads the session and starts none", async ({ request }) => {
  const response = await request.get("/api/bench/session");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('data-session="new"');
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("logged in, the probe reads the session, and its POST saves one visit to it", async ({ page, baseURL }) => {
  await logInOverHttp(page, "alice");
  const read = await page.request.get("/api/bench/session");
  expect(await read.text()).toMatch(/data-session="returning" data-keys="[1-9]\d*"/);

  const written = await page.request.post("/api/bench/session", { headers: { origin: baseURL! } });
  expect(written.status()).toBe(200);
  await page.goto("/history");
  await expect(page.getByRole("main").getByText("/api/bench/session", { exact: true })).toBeVisible();
});

test("the write probe and the POST floors refuse a post from another site", async ({ request }) => {
  for (const path of ["/api/bench/session", "/api/bench/control", "/api/bench/set-cookie"]) {
    const response = await request.post(path, { headers: { origin: "https://evil.example" } });
    expect(response.status(), path).toBe(403);
  }
});

test("the garbage-collection helper does nothing on a server not started for the benchmark", async ({ request, baseURL }) => {
  const response = await request.post("/api/bench/gc", { headers: { origin: baseURL! } });
  expect(response.status()).toBe(404);
});
