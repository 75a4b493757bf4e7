// A server-side store's cookie holds a bearer token: whoever has it is logged in. The inspector
// shows the start of its hash instead, so neither its HTML nor the RSC payload a client-side
// navigation fetches carries the token; it travels in Set-Cookie and Cookie alone.
import { createHash } from "node:crypto";

import { expect, test } from "@playwright/test";

import { logInOverHttp } from "../fixtures/login";
import { requireSessionCookie, storeOf } from "../fixtures/session-cookie";

test("the inspector's page never carries a server-side store's session token", { tag: "@store" }, async ({ page, context }, testInfo) => {
  test.skip(storeOf(testInfo) === "cookie", "the sealed cookie is what the cookie store's lesson shows; no server can be asked to look it up");
  await logInOverHttp(page, "alice");
  const token = (await requireSessionCookie(context)).value;

  const html = await (await context.request.get("/inspector")).text();
  const rsc = await (await context.request.get("/inspector", { headers: { rsc: "1" } })).text();
  expect(html).toContain("Session inspector");
  expect(html).not.toContain(token);
  expect(rsc).not.toContain(token);

  await page.goto("/inspector");
  const hash = createHash("sha256").update(token).digest("hex");
  await expect(page.getByTestId("raw-cookie")).toHaveText(`sha256:${hash.slice(0, 16)}…`);
});
