// Exercise 2: authentication, with the seeded demo user alice.
import { expect, test, type Page } from "@playwright/test";

import { SESSION_COOKIE } from "../../lib/workbook/check-settings";

const LOGIN = /\/try\/2(\?.*)?$/;

async function logIn(page: Page, username: string, password: string) {
  await page.goto("/try/2");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

test("a wrong password is refused with a message", async ({ page }) => {
  await logIn(page, "alice", "not-her-password");
  await expect(page.getByText("Wrong username or password."), "the login page should say the username or password is wrong").toBeVisible();
  await expect(page, "the browser should stay on the login page").toHaveURL(LOGIN);
  await page.goto("/try/2/members");
  await expect(page, "after a refused log-in, the members page should still send you to the login").toHaveURL(LOGIN);
});

test("the right password opens the members page, which greets the user by name", async ({ page }) => {
  await logIn(page, "alice", "alice-pass-2026");
  await expect(page, "after a right password, the browser should be on the members page, /try/2/members").toHaveURL(/\/try\/2\/members$/);
  await expect(page.getByTestId("welcome"), "the members page should greet the logged-in user by name").toHaveText("Welcome, Alice Example!");
});

test("the members page sends a visitor who is not logged in to the login", async ({ page }) => {
  await page.goto("/try/2/members");
  await expect(page, "the members page should redirect a visitor with no user in the session to /try/2").toHaveURL(LOGIN);
  await expect(page.getByLabel("Username"), "the login form should be shown").toBeVisible();
});

test("log-out ends the session", async ({ page, context }) => {
  await logIn(page, "alice", "alice-pass-2026");
  await expect(page.getByTestId("welcome"), "the members page should greet the logged-in user by name").toHaveText("Welcome, Alice Example!");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page, "after Log out, the browser should be back on the login page").toHaveURL(LOGIN);
  const cookie = (await context.cookies()).find(({ name }) => name === SESSION_COOKIE);
  expect(cookie, "log-out should end the whole session (destroy it), so the browser no longer holds its cookie").toBeUndefined();
  await page.goto("/try/2/members");
  await expect(page, "after log-out, the members page should send you to the login again").toHaveURL(LOGIN);
});
