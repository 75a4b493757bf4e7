// Exercise 1: a minimal session. Each test is a requirement, named as the learner reads it.
import { expect, test, type Page } from "@playwright/test";

import { SESSION_COOKIE } from "../../lib/workbook/check-settings";

async function saveName(page: Page, name: string) {
  await page.goto("/try/1");
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Save" }).click();
}

test("the greeting page says hello to the name you typed", async ({ page, context }) => {
  await saveName(page, "Hanako");
  await expect(page, "after Save, the browser should be on the greeting page, /try/1/greeting").toHaveURL(/\/try\/1\/greeting$/);
  await expect(page.getByTestId("greeting"), "the greeting should name the person").toHaveText("Hello, Hanako!");
  const cookie = (await context.cookies()).find(({ name }) => name === SESSION_COOKIE);
  expect(cookie, "the browser should hold the session cookie").toBeDefined();
  expect(cookie?.value, "the cookie should not show the name in plain text (the session layer seals it)").not.toContain("Hanako");
});

test("the name is remembered on the next visit", async ({ page, context }) => {
  await saveName(page, "Taro");
  await expect(page.getByTestId("greeting"), "the greeting should name the person").toHaveText("Hello, Taro!");
  // A new tab in the same browser: only the cookie carries the name there.
  const next = await context.newPage();
  await next.goto("/try/1/greeting");
  await expect(next.getByTestId("greeting"), "opened again in a new tab, the greeting page should still know the name").toHaveText("Hello, Taro!");
});

test("a visitor who has not given a name is sent to the form", async ({ page }) => {
  await page.goto("/try/1/greeting");
  await expect(page, "the greeting page should redirect a visitor with no name in the session to /try/1").toHaveURL(/\/try\/1(\?.*)?$/);
  await expect(page.getByLabel("Your name"), "the form should be shown").toBeVisible();
});

test("log-out forgets the name", async ({ page }) => {
  await saveName(page, "Hanako");
  await expect(page.getByTestId("greeting"), "the greeting should name the person").toHaveText("Hello, Hanako!");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page, "after Log out, the browser should be back on the form, /try/1").toHaveURL(/\/try\/1(\?.*)?$/);
  await page.goto("/try/1/greeting");
  await expect(page, "after log-out, the greeting page should send you to the form again").toHaveURL(/\/try\/1(\?.*)?$/);
});
