// /api/health: what a load balancer asks. It answers for the store and never creates a session.
import { expect, test } from "@playwright/test";

import { storeOf } from "./fixtures/session-cookie";

test("answers 200 with the store and its round trip, and no count of live sessions, uncached and without a cookie", { tag: ["@store", "@smoke"] }, async ({ request }, testInfo) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const body = await response.json();
  expect(body).toEqual({ store: storeOf(testInfo), ok: true, roundTripMs: expect.any(Number), problem: null });
});
