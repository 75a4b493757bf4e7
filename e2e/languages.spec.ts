import { expect, test, type Browser, type BrowserContextOptions, type Page, type TestInfo } from "@playwright/test";

import { cartLine, productCard } from "./fixtures/cart";
import { logIn } from "./fixtures/login";

// The translated pages, read in Spanish and in French. The browser's locale sets Accept-Language,
// which picks the language until someone chooses one on /preferences (e2e/preferences.spec.ts
// covers that choice). Choosing it while logged in would save it on alice's user record, and
// every other spec that logs in as alice expects English: the locale leaves her record alone.

const LANGUAGES = [
  {
    language: "es",
    locale: "es-ES",
    siteName: "Sesiones con ejemplos",
    headings: { login: "Iniciar y cerrar sesión", shop: "Tienda", cart: "Tu carrito", profile: "Hola, Alice Example", dashboard: "Panel", orders: "Tus pedidos", history: "Historial de visitas", inspector: "Inspector de sesiones" },
    add: { quantity: "Cantidad", button: "Añadir al carrito", added: "Has añadido 2 × Grid notebook a tu carrito.", total: "19,00 US$", unitPrice: "9,50 US$" },
  },
  {
    language: "fr",
    locale: "fr-FR",
    siteName: "Les sessions par l’exemple",
    headings: { login: "Connexion et déconnexion", shop: "Boutique", cart: "Votre panier", profile: "Bonjour, Alice Example", dashboard: "Tableau de bord", orders: "Vos commandes", history: "Historique des visites", inspector: "Inspecteur de session" },
    add: { quantity: "Quantité", button: "Ajouter au panier", added: "Vous avez ajouté 2 × Grid notebook à votre panier.", total: "19,00 $US", unitPrice: "9,50 $US" },
  },
] as const;

/**
 * A catalogue key shown in place of its text, such as "cart.empty": a lookup that found nothing.
 * Outside <code>, where a file name such as "proxy.ts" has the same shape.
 */
const RAW_KEY = /^[a-z]+\.[a-zA-Z.]+$/;

async function newContextIn(browser: Browser, testInfo: TestInfo, locale: string, storageState?: BrowserContextOptions["storageState"]) {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, locale, storageState });
}

/** Opens a page and checks it speaks the language throughout: <html lang>, its heading, its title, no raw key. */
async function expectPageIn(page: Page, path: string, { language, siteName }: { language: string; siteName: string }, heading: string) {
  await page.goto(path);
  // Still on the page asked for: not sent to the login.
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page).toHaveTitle(new RegExp(` · ${siteName}$`));
  await expect(page.getByText(RAW_KEY).and(page.locator(":not(code)"))).toHaveCount(0);
}

for (const words of LANGUAGES) {
  test.describe(`in ${words.locale}`, () => {
    test("the login, the shop and the cart speak the language, prices included", async ({ browser }, testInfo) => {
      const context = await newContextIn(browser, testInfo, words.locale);
      const page = await context.newPage();
      try {
        await expectPageIn(page, "/login", words, words.headings.login);
        await expectPageIn(page, "/cart", words, words.headings.cart);
        await expectPageIn(page, "/shop", words, words.headings.shop);

        // A form's labels, the action's answer and the money are all in the language too.
        const notebook = productCard(page, "Grid notebook");
        await notebook.getByLabel(words.add.quantity).fill("2");
        await notebook.getByRole("button", { name: words.add.button }).click();
        await expect(notebook.getByRole("status")).toHaveText(words.add.added);
        await expect(page.getByTestId("cart-summary-total")).toHaveText(words.add.total);

        await expectPageIn(page, "/cart", words, words.headings.cart);
        await expect(cartLine(page, "Grid notebook").getByTestId("unit-price")).toHaveText(words.add.unitPrice);
        await expect(page.getByTestId("cart-total")).toHaveText(words.add.total);

        // The visit history and the inspector, with a session to show by now.
        await expectPageIn(page, "/history", words, words.headings.history);
        await expectPageIn(page, "/inspector", words, words.headings.inspector);
      } finally {
        await context.close();
      }
    });

    test("the pages behind the login speak the language", async ({ browser }, testInfo) => {
      // The login form's labels are English in an English browser, as e2e/fixtures/login.ts expects.
      const english = await newContextIn(browser, testInfo, "en-US");
      await logIn(await english.newPage(), "alice");
      const loggedIn = await english.storageState();
      await english.close();

      // The same session cookie, in a browser that asks for the other language.
      const context = await newContextIn(browser, testInfo, words.locale, loggedIn);
      const page = await context.newPage();
      try {
        await expectPageIn(page, "/profile", words, words.headings.profile);
        await expectPageIn(page, "/dashboard", words, words.headings.dashboard);
        await expectPageIn(page, "/orders", words, words.headings.orders);
      } finally {
        await context.close();
      }
    });
  });
}
