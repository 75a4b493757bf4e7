// /api/health: what a load balancer asks. It answers for the store and never creates a session.
import { expect, test } from "@playwright/test";

import { storeOf } from "./fixtures/session-cookie";

test("answers 200 with the store, its round trip and its live sessions, uncached and without a cookie", { tag: ["@store", "@smoke"] }, async ({ request }, testInfo) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const body = await response.json();
  expect(body).toMatchObject({ store: storeOf(testInfo), ok: true, problem: null });
  expect(body.roundTripMs).toEqual(expect.any(Number));
  if (storeOf(testInfo) === "cookie" || storeOf(testInfo) === "memcached") expect(body.liveSessions).toBeNull();
  else expect(body.liveSessions).toEqual(expect.any(Number));
});

test("counts a new session where the store can count", { tag: "@store" }, async ({ request, browser }, testInfo) => {
  test.skip(storeOf(testInfo) === "cookie" || storeOf(testInfo) === "memcached", "this store cannot count its sessions");
  // Other workers share this server, and their sessions end or expire between the two readings, so one
  // reading can come out short. Each attempt opens a new session; one of them must be seen counted.
  await expect(async () => {
    const before = (await (await request.get("/api/health")).json()).liveSessions as number;
    const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    await (await visitor.newPage()).goto("/hello");
    await visitor.close();
    const after = (await (await request.get("/api/health")).json()).liveSessions as number;
    expect(after).toBeGreaterThanOrEqual(before + 1);
  }).toPass({ timeout: 20_000 });
});
