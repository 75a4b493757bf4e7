// Exercise 4: preferences saved in the session and shown on a profile.
import { expect, test, type Page } from "@playwright/test";

import { waitForHydration } from "../../e2e/fixtures/hydration";

async function save(page: Page, theme: string, notifications: boolean) {
  await page.goto("/try/4");
  await page.getByRole("radio", { name: theme }).check();
  await page.getByRole("checkbox", { name: "Email me notifications" }).setChecked(notifications);
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page, "after Save, the browser should be on the profile page, /try/4/profile").toHaveURL(/\/try\/4\/profile$/);
}

test("the profile shows the theme and notifications you saved", async ({ page }) => {
  await save(page, "Dark", true);
  await expect(page.getByTestId("profile-theme"), "the profile should show the saved theme").toHaveText("Dark");
  await expect(page.getByTestId("profile-notifications"), "the profile should show notifications on").toHaveText("On");
});

test("an unticked notifications box is saved as off", async ({ page }) => {
  await save(page, "Dark", true);
  await save(page, "Follow the system", false);
  await expect(page.getByTestId("profile-theme"), "the profile should show the theme saved last").toHaveText("Follow the system");
  await expect(page.getByTestId("profile-notifications"), "an unticked box should be saved as off").toHaveText("Off");
});

test("the form shows what you saved when you open it again", async ({ page }) => {
  await save(page, "Dark", true);
  await page.goto("/try/4");
  await expect(page.getByRole("radio", { name: "Dark" }), "the saved theme should be chosen in the form").toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Email me notifications" }), "the notifications box should be ticked").toBeChecked();
});

test("a theme the form does not offer is refused, and nothing is saved", async ({ page }) => {
  await page.goto("/try/4");
  const dark = page.getByRole("radio", { name: "Dark" });
  // A hand-made request can send any value. Checked first, then changed: React rewrites a radio's
  // value from its props after every change event.
  await waitForHydration(dark);
  await dark.check();
  await dark.evaluate((input: HTMLInputElement) => input.setAttribute("value", "neon"));
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("That theme is not one of the choices."), "the form should say the theme is refused").toBeVisible();
  await page.goto("/try/4/profile");
  await expect(page.getByTestId("profile-theme"), "nothing should be saved: the profile should still show the default theme").toHaveText("Light");
});
