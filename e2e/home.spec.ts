import { expect, test } from "@playwright/test";

import { LESSONS } from "../lib/lessons";

import { storeOf } from "./fixtures/session-cookie";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("the home page explains what a session is", { tag: "@smoke" }, async ({ page }) => {
  await expect(page).toHaveTitle("Sessions by Example");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions by Example");
  await expect(page.getByText("HTTP forgets you between requests. A session is how a server remembers")).toBeVisible();
});

test("the lessons list links to the lessons that are ready", async ({ page }) => {
  const lessons = page.getByRole("region", { name: "Lessons" });
  await expect(lessons.getByRole("heading", { name: "Lessons" })).toBeVisible();

  await expect(lessons.getByRole("link", { name: /Hello, session/ })).toHaveAttribute("href", "/hello");
  await expect(lessons.getByRole("link", { name: /Session basics/ })).toHaveAttribute("href", "/basics");
  await expect(lessons.getByRole("link", { name: /Workbook/ })).toHaveAttribute("href", "/workbook");

  await lessons.getByRole("link", { name: /Hello, session/ }).click();
  await expect(page).toHaveURL(/\/hello$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, session");
});

test("every lesson is built: each one is a link, none is marked coming soon", async ({ page }) => {
  const lessons = page.getByRole("region", { name: "Lessons" });
  await expect(lessons.getByRole("listitem")).toHaveCount(LESSONS.length);
  await expect(lessons.getByRole("link")).toHaveCount(LESSONS.length);
  await expect(lessons).not.toContainText("coming soon");
  await expect(lessons.getByRole("link", { name: /Session stores/ })).toHaveAttribute("href", "/stores");
});

test("the list links every lesson, the account, the admin's users and log, and the orders included", async ({ page }) => {
  const links = page.getByRole("region", { name: "Lessons" }).getByRole("link");
  // Written out, not read from lib/lessons.ts: a lesson dropped from that list must fail here.
  const expected = [
    ["Hello, session", "/hello"],
    ["Session basics", "/basics"],
    ["Log in and out", "/login"],
    ["Roles", "/dashboard"],
    ["Account security", "/account"],
    ["Users and their sessions", "/admin/users"],
    ["Security log", "/admin/log"],
    ["Shopping cart", "/shop"],
    ["Your orders", "/orders"],
    ["Visit history", "/history"],
    ["Preferences", "/preferences"],
    ["Configuration", "/configuration"],
    ["Session stores", "/stores"],
    ["Session inspector", "/inspector"],
    ["Request timeline", "/timeline"],
    ["Workbook", "/workbook"],
  ];
  await expect(links).toHaveCount(expected.length);
  for (const [index, [title, href]] of expected.entries()) {
    await expect(links.nth(index)).toHaveAttribute("href", href);
    await expect(links.nth(index)).toContainText(`${index + 1}.${title}`);
  }
});

test("the favicon is served, as an .ico and an SVG, and the page points at both", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)$/],
    ["/icon.svg", /^image\/svg\+xml/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    // A file is not a visit: asking for it starts no session.
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][href^="/icon.svg"]')).toHaveAttribute("type", "image/svg+xml");
  await expect(page.locator('head meta[name="description"]')).toHaveAttribute("content", "Server-side web sessions, taught by working examples.");
  await expect(page.locator('head meta[name="theme-color"]')).toHaveAttribute("content", "#f8fafc");
});

test("the page names the session store this server uses", async ({ page }, testInfo) => {
  const store = storeOf(testInfo);
  // Once in the header, once in the introduction.
  await expect(page.getByTestId("active-store")).toHaveText([store, store]);
  await expect(page.getByText(`This server keeps its sessions in store: ${store}. Change it with SESSION_STORE.`)).toBeVisible();
});
