// Exercise 3: a shopping cart kept in the session.
import { expect, test, type Page } from "@playwright/test";

async function add(page: Page, item: string) {
  await page.goto("/try/3");
  await page.getByRole("button", { name: `Add ${item}` }).click();
  await expect(page, `after Add ${item}, the browser should be on the cart page, /try/3/cart`).toHaveURL(/\/try\/3\/cart$/);
}

const quantity = (page: Page, item: string) => page.getByTestId(`quantity-${item}`);

test("adding an item puts it in the cart", async ({ page }) => {
  await add(page, "Green tea");
  await expect(quantity(page, "tea"), "the cart should list green tea once").toHaveText("× 1");
});

test("adding the same item again counts two", async ({ page }) => {
  await add(page, "Green tea");
  await add(page, "Green tea");
  await expect(quantity(page, "tea"), "after adding green tea twice, the cart should count 2").toHaveText("× 2");
});

test("the cart is still there on the next visit", async ({ page, context }) => {
  await add(page, "Coffee");
  const next = await context.newPage();
  await next.goto("/try/3/cart");
  await expect(quantity(next, "coffee"), "opened again in a new tab, the cart should still hold the coffee").toHaveText("× 1");
});

test("removing an item takes its whole line out, and only that line", async ({ page }) => {
  // Two of them: Remove takes the line, not one unit, as the exercise's text says.
  await add(page, "Green tea");
  await add(page, "Green tea");
  await add(page, "Cocoa");
  await page.getByRole("button", { name: "Remove Green tea" }).click();
  await expect(quantity(page, "tea"), "after Remove, green tea should be gone from the cart, both of them").toHaveCount(0);
  await expect(quantity(page, "cocoa"), "the cocoa should still be in the cart").toHaveText("× 1");
});

test("clearing the cart empties it", async ({ page }) => {
  await add(page, "Green tea");
  await add(page, "Cocoa");
  await page.getByRole("button", { name: "Clear the cart" }).click();
  await expect(page.getByTestId("cart-empty"), "after Clear, the cart page should say the cart is empty").toBeVisible();
  await page.reload();
  await expect(page.getByTestId("cart-empty"), "after a reload the cart should still be empty").toBeVisible();
});
