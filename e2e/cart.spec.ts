import { expect, test, type Locator, type Page } from "@playwright/test";
import type Database from "better-sqlite3";

import {
  addToCart,
  cartLine,
  createTestProduct,
  formFields,
  ordersFor,
  postForm,
  productCard,
  productIdBySlug,
  serverDatabase,
  sessionCart,
  stockOf,
  submitAdd,
} from "./fixtures/cart";
import { demoPassword, logInOverHttp } from "./fixtures/login";

// Seeded products (lib/shop/demo-products.ts). Only the stock test uses "Canvas tote" (stock 3),
// and no test here buys a seeded product, so their stock is the same in every test.
const NOTEBOOK = "Grid notebook"; // $9.50
const PENCILS = "Pencil set"; // $6.50
const MUG = "Enamel mug"; // $14.00
const TOTE = "Canvas tote"; // $16.00, 3 in stock

let db: Database.Database;

test.beforeEach(({}, testInfo) => {
  db = serverDatabase(testInfo);
});

test.afterEach(() => {
  db.close();
});

/** session["cart"] as the page shows it, for products given by slug: {"2": 3}. */
function cartJson(quantities: Record<string, number>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(quantities).map(([slug, quantity]) => [String(productIdBySlug(db, slug)), quantity])));
}

async function expectCount(page: Page, items: string) {
  await expect(page.getByTestId("cart-count")).toHaveText(items);
}

test.describe("the shop", () => {
  test("lists the products from the database with price, description and stock", async ({ page }) => {
    await page.goto("/shop");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shop");
    const notebook = productCard(page, NOTEBOOK);
    await expect(notebook).toContainText("A5, 160 pages, lies flat.");
    await expect(notebook.getByTestId("price")).toHaveText("$9.50");
    await expect(notebook.getByTestId("stock")).toHaveText(/^\d+ in stock$/);
    await expect(productCard(page, "Matcha tea, 100 g").getByTestId("price")).toHaveText("$18.00");
    await expectCount(page, "0 items");
    await expect(sessionCart(page)).toHaveCount(0);
  });

  test("a product with no stock says so and has no Add to cart button", async ({ page }, testInfo) => {
    const soldOut = createTestProduct(db, testInfo, { priceCents: 500, stock: 0, label: "Sold-out lamp" });
    await page.goto("/shop");
    const card = productCard(page, soldOut.name);
    await expect(card.getByTestId("stock")).toHaveText("Out of stock");
    await expect(card.getByRole("button", { name: "Add to cart" })).toHaveCount(0);
  });

  test("adding confirms it, updates the count, and puts only the id and quantity in the session", { tag: "@smoke" }, async ({ page }) => {
    await page.goto("/shop");
    await addToCart(page, NOTEBOOK, 2);
    await expectCount(page, "2 items");
    await expect(page.getByTestId("cart-summary-total")).toHaveText("$19.00");
    await expect(sessionCart(page)).toHaveText(cartJson({ notebook: 2 }));
    // The quantity field is back to 1 for the next time.
    await expect(productCard(page, NOTEBOOK).getByLabel("Quantity")).toHaveValue("1");

    // It is in the session, not only on this page.
    await page.reload();
    await expectCount(page, "2 items");
  });

  test("adding the same product again adds to its quantity", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 1);
    await addToCart(page, NOTEBOOK, 2);
    await expectCount(page, "3 items");
    await expect(sessionCart(page)).toHaveText(cartJson({ notebook: 3 }));
  });
});

test.describe("the cart", () => {
  test("an empty cart says so and links to the shop", async ({ page }) => {
    await page.goto("/cart");
    await expect(page.getByTestId("cart-empty")).toContainText("Your cart is empty.");
    await page.getByRole("link", { name: "Go to the shop" }).click();
    await expect(page).toHaveURL(/\/shop$/);
  });

  test("shows each line's unit price, quantity and total, and the cart's total", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 2);
    await addToCart(page, PENCILS, 3);
    await page.getByRole("link", { name: "View cart" }).click();
    await expect(page).toHaveURL(/\/cart$/);

    const notebook = cartLine(page, NOTEBOOK);
    await expect(notebook.getByTestId("unit-price")).toHaveText("$9.50");
    await expect(notebook.getByLabel("Quantity")).toHaveValue("2");
    await expect(notebook.getByTestId("line-total")).toHaveText("$19.00");
    const pencils = cartLine(page, PENCILS);
    await expect(pencils.getByTestId("unit-price")).toHaveText("$6.50");
    await expect(pencils.getByLabel("Quantity")).toHaveValue("3");
    await expect(pencils.getByTestId("line-total")).toHaveText("$19.50");
    await expect(page.getByTestId("cart-total")).toHaveText("$38.50");
  });

  test("changing a quantity changes the line and the total", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 2);
    await addToCart(page, PENCILS, 1);
    await page.goto("/cart");

    const notebook = cartLine(page, NOTEBOOK);
    await notebook.getByLabel("Quantity").fill("5");
    await notebook.getByRole("button", { name: "Update" }).click();
    await expect(page.getByTestId("cart-message")).toHaveText(`You now have 5 × ${NOTEBOOK} in your cart.`);
    await expect(notebook.getByTestId("line-total")).toHaveText("$47.50");
    await expect(page.getByTestId("cart-total")).toHaveText("$54.00");
    await expect(sessionCart(page)).toHaveText(cartJson({ notebook: 5, pencils: 1 }));

    await page.reload();
    await expect(cartLine(page, NOTEBOOK).getByLabel("Quantity")).toHaveValue("5");
  });

  test("removing a line keeps the others", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 2);
    await addToCart(page, PENCILS, 1);
    await page.goto("/cart");

    await cartLine(page, NOTEBOOK).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByTestId("cart-message")).toHaveText(`Removed ${NOTEBOOK} from your cart.`);
    await expect(cartLine(page, NOTEBOOK)).toHaveCount(0);
    await expect(cartLine(page, PENCILS)).toBeVisible();
    await expect(page.getByTestId("cart-total")).toHaveText("$6.50");
    await expect(sessionCart(page)).toHaveText(cartJson({ pencils: 1 }));
  });

  test("removing the last line leaves an empty cart", async ({ page }) => {
    await addToCart(page, PENCILS, 1);
    await page.goto("/cart");
    await cartLine(page, PENCILS).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByTestId("cart-message")).toHaveText(`Removed ${PENCILS} from your cart.`);
    await expect(page.getByTestId("cart-empty")).toContainText("Your cart is empty.");
    await expect(sessionCart(page)).toHaveCount(0);
  });

  test("clearing the cart removes it from the session and shows the empty state", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 2);
    await addToCart(page, PENCILS, 1);
    await page.goto("/cart");
    await expect(sessionCart(page)).toHaveText(cartJson({ notebook: 2, pencils: 1 }));

    await page.getByRole("button", { name: "Clear cart" }).click();
    await expect(page.getByTestId("cart-message")).toHaveText('Your cart was cleared: session["cart"] is gone.');
    await expect(page.getByTestId("cart-empty")).toContainText("Your cart is empty.");
    await expect(sessionCart(page)).toHaveCount(0);

    await page.goto("/shop");
    await expectCount(page, "0 items");
  });

  test("a product that is no longer sold is left out with a note, not a crash", async ({ page }, testInfo) => {
    const discontinued = createTestProduct(db, testInfo, { priceCents: 700, stock: 5, label: "Discontinued kettle" });
    await page.goto("/shop");
    await addToCart(page, discontinued.name, 1);
    await addToCart(page, NOTEBOOK, 1);
    db.prepare('DELETE FROM "Product" WHERE id = ?').run(discontinued.id);

    await page.goto("/cart");
    await expect(page.getByTestId("missing-products")).toContainText(`One product in your cart is no longer sold, so it is left out (product id ${discontinued.id}).`);
    await expect(cartLine(page, NOTEBOOK)).toBeVisible();
    await expect(page.getByTestId("cart-line")).toHaveCount(1);
    await expect(page.getByTestId("cart-total")).toHaveText("$9.50");

    // The next change to the cart forgets it.
    const notebook = cartLine(page, NOTEBOOK);
    await notebook.getByLabel("Quantity").fill("2");
    await notebook.getByRole("button", { name: "Update" }).click();
    await expect(page.getByTestId("cart-total")).toHaveText("$19.00");
    await expect(sessionCart(page)).toHaveText(cartJson({ notebook: 2 }));
    await expect(page.getByTestId("missing-products")).toHaveCount(0);
  });
});

test.describe("what the cart refuses", () => {
  /** Puts 2 notebooks in the cart and returns what the session shows, to compare after a refusal. */
  async function startWithTwoNotebooks(page: Page): Promise<string> {
    await addToCart(page, NOTEBOOK, 2);
    const before = cartJson({ notebook: 2 });
    await expect(sessionCart(page)).toHaveText(before);
    return before;
  }

  async function expectUnchanged(page: Page, before: string) {
    await expect(sessionCart(page)).toHaveText(before);
    await page.reload();
    await expect(sessionCart(page)).toHaveText(before);
  }

  /** The field's min and max stop a person; a client without them must meet the server's check. */
  const dropLimits = (field: Locator) =>
    field.evaluate((input) => {
      input.removeAttribute("min");
      input.removeAttribute("max");
    });

  // One page for every refused value, each answered in turn; no two in a row share a message, so
  // each answer seen is the new one, not the last one's left on the page.
  test("adding a quantity of 0, 100, -2, 1.5 or nothing is refused and changes nothing", async ({ page }) => {
    const before = await startWithTwoNotebooks(page);
    const card = productCard(page, NOTEBOOK);
    const field = card.getByLabel("Quantity");
    for (const [typed, message] of [
      ["0", "The quantity must be at least 1."],
      ["100", "At most 99 of one product fit in the cart."],
      ["-2", "The quantity must be at least 1."],
      ["1.5", "The quantity must be a whole number, such as 1 or 2."],
      ["", "Type a quantity."],
    ] as const) {
      await test.step(`"${typed}"`, async () => {
        await dropLimits(field);
        await submitAdd(page, NOTEBOOK, typed);
        await expect(card.getByText(message)).toBeVisible();
        await expect(field).toHaveAttribute("aria-invalid", "true");
        await expect(field).toHaveValue(typed);
        await expectCount(page, "2 items");
        await expect(sessionCart(page)).toHaveText(before);
      });
    }
    await expectUnchanged(page, before);
  });

  test("a product id that does not exist is refused and changes nothing", async ({ page }) => {
    const before = await startWithTwoNotebooks(page);
    const card = productCard(page, PENCILS);
    await card.locator('input[name="productId"]').evaluate((input) => ((input as HTMLInputElement).value = "987654"));
    await submitAdd(page, PENCILS, "1");
    await expect(card.getByRole("alert")).toHaveText("That product does not exist: it may have been removed from the shop.");
    await expectCount(page, "2 items");
    await expectUnchanged(page, before);
  });

  test("more than the stock is refused, counting what the cart already holds", async ({ page }) => {
    // The one test that uses the tote: three in stock.
    await addToCart(page, TOTE, 2);
    const before = cartJson({ tote: 2 });

    const card = await submitAdd(page, TOTE, "2");
    await expect(card.getByRole("alert")).toHaveText(`There are only 3 of “${TOTE}” in stock, and your cart already holds 2.`);
    await expectUnchanged(page, before);

    await page.goto("/cart");
    const tote = cartLine(page, TOTE);
    await tote.getByLabel("Quantity").fill("4");
    await tote.getByRole("button", { name: "Update" }).click();
    await expect(tote.getByText(`There are only 3 of “${TOTE}” in stock.`)).toBeVisible();
    await expect(tote.getByLabel("Quantity")).toHaveValue("4");
    await expectUnchanged(page, before);

    await addToCart(page, TOTE, 1);
    await expect(sessionCart(page)).toHaveText(cartJson({ tote: 3 }));
  });

  test("more than 99 of one product in a line is refused", async ({ page }) => {
    await addToCart(page, PENCILS, 60);
    const card = await submitAdd(page, PENCILS, "40");
    await expect(card.getByRole("alert")).toHaveText(`One line of the cart holds at most 99, and your cart already holds 60 of “${PENCILS}”.`);
    await expect(sessionCart(page)).toHaveText(cartJson({ pencils: 60 }));
  });

  test("changing a line to 0, 100 or 2.5 on the cart page is refused and changes nothing", async ({ page }) => {
    const before = await startWithTwoNotebooks(page);
    await page.goto("/cart");
    const line = cartLine(page, NOTEBOOK);
    const field = line.getByLabel("Quantity");
    for (const [typed, message] of [
      ["0", "The quantity must be at least 1."],
      ["100", "At most 99 of one product fit in the cart."],
      ["2.5", "The quantity must be a whole number, such as 1 or 2."],
    ] as const) {
      await test.step(`"${typed}"`, async () => {
        await dropLimits(field);
        await field.fill(typed);
        await line.getByRole("button", { name: "Update" }).click();
        await expect(line.getByText(message)).toBeVisible();
        await expect(field).toHaveValue(typed);
        await expect(page.getByTestId("cart-total")).toHaveText("$19.00");
        await expect(sessionCart(page)).toHaveText(before);
      });
    }
    await expectUnchanged(page, before);
  });

  test(`a 51st different product is refused: the cart holds 50 at most`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const products = Array.from({ length: 51 }, (_, i) => createTestProduct(db, testInfo, { priceCents: 100 + i, stock: 5, label: `Line ${i + 1}` }));
    try {
      // Fifty adds through the shop's own form, posted as the page would, one after another.
      await page.goto("/shop");
      const fields = await formFields(productCard(page, NOTEBOOK).locator("form"));
      for (const product of products.slice(0, 50)) {
        const response = await postForm(page, "/shop", { ...fields, productId: String(product.id), quantity: "1" });
        expect(response.status()).toBe(200);
      }
      await page.reload();
      await expectCount(page, "50 items");
      const before = await sessionCart(page).textContent();

      const last = products[50];
      const card = await submitAdd(page, last.name, "1");
      await expect(card.getByRole("alert")).toHaveText("Your cart holds at most 50 different products. Remove one before adding another.");
      await expectCount(page, "50 items");
      await page.reload();
      await expect(sessionCart(page)).toHaveText(before ?? "");
      expect(before).not.toContain(`"${last.id}"`);

      // More of a product already in the cart is still fine.
      await addToCart(page, products[0].name, 1);
      await expectCount(page, "51 items");
    } finally {
      db.prepare(`DELETE FROM "Product" WHERE id IN (${products.map(() => "?").join(",")})`).run(...products.map((product) => product.id));
    }
  });
});

test.describe("checkout", () => {
  test("needs a login, and the cart survives the trip to the login page", async ({ page }) => {
    await addToCart(page, NOTEBOOK, 2);
    await addToCart(page, MUG, 1);
    const cart = cartJson({ notebook: 2, mug: 1 });
    await page.goto("/cart");
    await page.getByRole("link", { name: "Check out" }).click();

    await expect(page).toHaveURL(/\/login\?next=%2Fcart%2Fcheckout$/);
    await page.getByLabel("Username").fill("alice");
    await page.getByLabel("Password").fill(demoPassword("alice"));
    await page.getByRole("button", { name: "Log in" }).click();

    await expect(page).toHaveURL(/\/cart\/checkout$/);
    const summary = page.getByTestId("order-summary");
    await expect(summary).toContainText(NOTEBOOK);
    await expect(summary).toContainText(MUG);
    await expect(page.getByTestId("checkout-total")).toHaveText("$33.00");
    await expect(sessionCart(page)).toHaveText(cart);
    await expect(page.getByRole("button", { name: "Place order" })).toBeVisible();
  });

  test("placing the order writes one order, takes the stock, empties the cart and says thank you", async ({ page }, testInfo) => {
    const since = Date.now();
    const lamp = createTestProduct(db, testInfo, { priceCents: 1250, stock: 10, label: "Desk lamp" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, lamp.name, 2);
    await addToCart(page, PENCILS, 1);
    await page.goto("/cart/checkout");
    await expect(page.getByTestId("checkout-total")).toHaveText("$31.50");

    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/orders\/\d+\?placed=1$/);
    const orderId = Number(new URL(page.url()).pathname.split("/").pop());
    await expect(page.getByRole("status")).toHaveText(`Thank you! Your order #${orderId} is placed.`);
    await expect(page.getByTestId("order-total")).toHaveText("$31.50");
    await expect(sessionCart(page)).toHaveCount(0);

    expect(ordersFor(db, { username: "alice", productId: lamp.id, since })).toEqual([{ id: orderId, totalCents: 3150 }]);
    expect(stockOf(db, lamp.id)).toBe(8);
    const lines = db.prepare('SELECT productId, quantity, unitPriceCents FROM "OrderLine" WHERE orderId = ? ORDER BY productId').all(orderId);
    expect(lines).toEqual([
      { productId: productIdBySlug(db, "pencils"), quantity: 1, unitPriceCents: 650 },
      { productId: lamp.id, quantity: 2, unitPriceCents: 1250 },
    ]);

    await page.goto("/cart");
    await expect(page.getByTestId("cart-empty")).toContainText("Your cart is empty.");

    await page.goto("/orders");
    const order = page.getByRole("article", { name: `Order #${orderId}` });
    await expect(order).toContainText(`${lamp.name}`);
    await expect(order).toContainText("2 × $12.50");
    await expect(order).toContainText("1 × $6.50");
    await expect(order.getByTestId("order-total")).toHaveText("$31.50");
    await expect(order.locator("time")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC$/);
  });

  test("a double click on Place order places one order", async ({ page }, testInfo) => {
    const since = Date.now();
    const kettle = createTestProduct(db, testInfo, { priceCents: 3000, stock: 10, label: "Kettle" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, kettle.name, 1);
    await page.goto("/cart/checkout");

    await page.getByRole("button", { name: "Place order" }).dblclick();
    await expect(page).toHaveURL(/\/orders\/\d+\?placed=1$/);
    await page.goto("/orders");
    await expect(page.getByTestId("order").filter({ hasText: kettle.name })).toHaveCount(1);
    expect(ordersFor(db, { username: "alice", productId: kettle.id, since })).toHaveLength(1);
    expect(stockOf(db, kettle.id)).toBe(9);
  });

  test("the same checkout sent twice at once, with the same cookie, places one order", { tag: "@database" }, async ({ page }, testInfo) => {
    const since = Date.now();
    const teapot = createTestProduct(db, testInfo, { priceCents: 4200, stock: 10, label: "Teapot" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, teapot.name, 2);
    await page.goto("/cart/checkout");
    const fields = await formFields(page.locator("form").filter({ has: page.getByRole("button", { name: "Place order" }) }));

    // Two requests in flight together, with the same cookie: what a double submit without
    // JavaScript, or a replayed request, sends. Only one may become an order.
    const responses = await Promise.all([0, 1].map(() => postForm(page, "/cart/checkout", fields)));
    const orders = ordersFor(db, { username: "alice", productId: teapot.id, since });
    expect(orders).toHaveLength(1);
    // Each lands on that one order, or (when the store already shows the first one's emptied
    // cart, as a server-side store can) finds the cart empty.
    const outcomes = await Promise.all(
      responses.map(async (response) => (response.status() === 303 ? response.headers()["location"] : (await response.text()).includes("Your cart is empty.") ? "empty" : response.status())),
    );
    expect(outcomes).toContain(`/orders/${orders[0].id}?placed=1`);
    for (const outcome of outcomes) expect([`/orders/${orders[0].id}?placed=1`, "empty"]).toContain(outcome);
    expect(stockOf(db, teapot.id)).toBe(8);

    await page.goto("/cart");
    await expect(page.getByTestId("cart-empty")).toBeVisible();
  });

  test("sending the checkout again after the order finds an empty cart and places nothing", async ({ page }, testInfo) => {
    const since = Date.now();
    const vase = createTestProduct(db, testInfo, { priceCents: 2100, stock: 10, label: "Vase" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, vase.name, 1);
    await page.goto("/cart/checkout");
    const placeOrder = page.locator("form").filter({ has: page.getByRole("button", { name: "Place order" }) });
    const fields = await formFields(placeOrder);

    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/orders\/\d+\?placed=1$/);

    // The old page's form, submitted again: the cookie now holds no cart.
    const again = await postForm(page, "/cart/checkout", fields);
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain("Your cart is empty.");
    expect(ordersFor(db, { username: "alice", productId: vase.id, since })).toHaveLength(1);

    await page.goto("/cart/checkout");
    await expect(page.getByTestId("cart-empty")).toContainText("Your cart is empty.");
    await expect(page.getByRole("button", { name: "Place order" })).toHaveCount(0);
  });

  test("not enough stock left at checkout: a clear message, and nothing is written", async ({ page }, testInfo) => {
    const since = Date.now();
    const clock = createTestProduct(db, testInfo, { priceCents: 2500, stock: 2, label: "Wall clock" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, clock.name, 2);
    await addToCart(page, PENCILS, 1);
    const cart = await sessionCart(page).textContent();
    const pencilStock = stockOf(db, productIdBySlug(db, "pencils"));
    await page.goto("/cart/checkout");

    // Someone else bought one meanwhile.
    db.prepare('UPDATE "Product" SET stock = 1 WHERE id = ?').run(clock.id);
    await page.getByRole("button", { name: "Place order" }).click();

    await expect(page.getByTestId("checkout-message")).toHaveText(
      `Only 1 of “${clock.name}” is left, and your cart asks for 2. Nothing was ordered: change your cart and place the order again.`,
    );
    await expect(page).toHaveURL(/\/cart\/checkout$/);
    expect(ordersFor(db, { username: "alice", productId: clock.id, since })).toHaveLength(0);
    expect(stockOf(db, clock.id)).toBe(1);
    expect(stockOf(db, productIdBySlug(db, "pencils"))).toBe(pencilStock);
    await expect(sessionCart(page)).toHaveText(cart ?? "");
  });

  test("the order pages need a login", async ({ page }) => {
    await page.goto("/orders");
    await expect(page).toHaveURL(/\/login\?next=%2Forders$/);
    await page.goto("/orders/1");
    await expect(page).toHaveURL(/\/login\?next=%2Forders%2F1$/);
  });

  test("an order is shown only to its owner: anyone else gets a 404", async ({ page, browser }, testInfo) => {
    const since = Date.now();
    const bowl = createTestProduct(db, testInfo, { priceCents: 1800, stock: 10, label: "Bowl" });
    await logInOverHttp(page, "alice");
    await page.goto("/shop");
    await addToCart(page, bowl.name, 1);
    await page.goto("/cart/checkout");
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/orders\/\d+\?placed=1$/);
    const [order] = ordersFor(db, { username: "alice", productId: bowl.id, since });

    const response = await page.goto(`/orders/${order.id}`);
    expect(response?.status()).toBe(200);

    const adminContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const admin = await adminContext.newPage();
    try {
      await logInOverHttp(admin, "admin");
      const forbidden = await admin.goto(`/orders/${order.id}`);
      expect(forbidden?.status()).toBe(404);
      await expect(admin.getByText("This page does not exist")).toBeVisible();
      await admin.goto("/orders");
      await expect(admin.getByRole("article", { name: `Order #${order.id}` })).toHaveCount(0);
    } finally {
      await adminContext.close();
    }

    for (const path of ["/orders/99999999", "/orders/abc"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});
