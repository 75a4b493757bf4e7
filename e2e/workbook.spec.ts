import path from "node:path";

import { expect, test } from "@playwright/test";

import { EXERCISES } from "@/lib/workbook/exercises";
import { exerciseStatus } from "@/lib/workbook/status";

import { shownSessionKeys } from "./fixtures/session-panel";

// The workbook's pages. Whether each exercise's check is honest is proven by `npm run
// test:workbook` (lib/tasks/workbook-selftest.ts); this spec is about what a learner sees.

const projectDir = path.resolve(import.meta.dirname, "..");

test("the workbook lists the five exercises, each with the status its files give it", { tag: "@smoke" }, async ({ page }) => {
  await page.goto("/workbook");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workbook");
  const items = page.getByTestId("exercise");
  await expect(items).toHaveCount(EXERCISES.length);
  await expect(items.first()).toContainText("Minimal session");
  await expect(items.last()).toContainText("Debugging: secret key not set");
  // The server compares the learner's folder with the starter: the same answer the page gives.
  for (const [index, exercise] of EXERCISES.entries()) {
    await expect(items.nth(index).getByTestId("exercise-status")).toHaveAttribute("data-status", exerciseStatus(projectDir, exercise).kind);
  }
  await page.getByRole("link", { name: "Open exercise 3" }).click();
  await expect(page).toHaveURL(/\/workbook\/3$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shopping cart");
});

test("an exercise shows its goal, numbered steps, the files to edit and the commands that check and reset it", async ({ page }) => {
  await page.goto("/workbook/1");
  await expect(page.getByText("Exercise 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minimal session");
  await expect(page.getByRole("heading", { name: "Goal" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Steps" }).locator("xpath=..").getByRole("listitem")).toHaveCount(4);
  await expect(page.getByTestId("files-to-edit").getByRole("listitem")).toHaveText([
    "workbook/exercises/1-minimal-session/actions.ts",
    "workbook/exercises/1-minimal-session/greeting-page.tsx",
  ]);
  await expect(page.getByText("npm run workbook:check -- 1", { exact: true })).toBeVisible();
  await expect(page.getByText("npm run workbook:reset -- 1", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Open /try/1" }).click();
  await expect(page).toHaveURL(/\/try\/1$/);
});

test("hints open one at a time, from the keyboard", async ({ page }) => {
  await page.goto("/workbook/2");
  const hints = page.getByTestId("hint");
  await expect(hints).toHaveCount(0);
  const button = page.getByRole("button", { name: "Show hint 1 of 3" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(hints).toHaveCount(1);
  // The new hint takes the focus, so a screen reader reads it out.
  await expect(hints.nth(0)).toBeFocused();
  await expect(hints.nth(0)).toContainText("checkCredentials");

  await page.getByRole("button", { name: "Show hint 2 of 3" }).press("Enter");
  await expect(hints).toHaveCount(2);
  await page.getByRole("button", { name: "Show hint 3 of 3" }).press(" ");
  await expect(hints).toHaveCount(3);
  await expect(page.getByRole("button", { name: /Show hint/ })).toHaveCount(0);
  await expect(page.getByText("That was the last hint. The reference solution is in workbook/solutions/2-authentication/.")).toBeVisible();
});

test("exercise 5 says how to start its own server instead of a page", async ({ page }) => {
  await page.goto("/workbook/5");
  // In the steps, and on a line of its own to copy.
  await expect(page.locator("pre").filter({ hasText: "npm run workbook:secret-server" })).toBeVisible();
  await expect(page.getByTestId("files-to-edit").getByRole("listitem")).toHaveText(["workbook/exercises/5-secret-key/start.ts", "workbook/exercises/5-secret-key/.env.production"]);
  await expect(page.getByRole("link", { name: /Open \/try/ })).toHaveCount(0);
});

for (const missing of ["/workbook/6", "/workbook/0", "/workbook/one"]) {
  test(`${missing} is a page that does not exist`, async ({ page }) => {
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
  });
}

test("an exercise runs at its own page inside the app, with the session beside it", async ({ page }) => {
  await page.goto("/try/3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tea shop");
  await expect(page.getByText("workbook/exercises/3-shopping-cart/")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add Green tea" })).toBeVisible();
  // A first visit: reading the page starts no session, so the panel lists nothing.
  await expect(shownSessionKeys(page)).toHaveCount(0);
  await page.getByRole("link", { name: "Instructions and hints" }).click();
  await expect(page).toHaveURL(/\/workbook\/3$/);
});

for (const { locale, title, exercise, hint } of [
  { locale: "es-ES", title: "Cuaderno de ejercicios", exercise: "Sesión mínima", hint: "Mostrar la pista 1 de 3" },
  { locale: "fr-FR", title: "Cahier d'exercices", exercise: "Session minimale", hint: "Afficher l'indice 1 sur 3" },
]) {
  test(`the workbook speaks ${locale}`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale });
    const page = await context.newPage();
    await page.goto("/workbook");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.goto("/workbook/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(exercise);
    await expect(page.getByRole("button", { name: hint })).toBeVisible();
    await context.close();
  });
}
