import fs from "node:fs";
import path from "node:path";

import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";

import { catalogueLeaves } from "../lib/i18n/catalogue-gaps";
import { CATALOGUES } from "../lib/i18n/catalogues";
import type { Messages } from "../lib/i18n/catalogues/en";
import { format } from "../lib/i18n/format";
import { LESSONS } from "../lib/lessons";
import { LANGUAGES, type Language } from "../lib/preferences/schema";

import { cartLine, createTestProduct, productCard, serverDatabase } from "./fixtures/cart";
import { demoPassword, type DemoUsername, logInOverHttp } from "./fixtures/login";
import { sqliteTime } from "./fixtures/stored-session";

// Every page, read in each language. The browser's locale sets Accept-Language, which picks the
// language until someone chooses one on /preferences (e2e/preferences.spec.ts covers that choice).
// Choosing it while logged in would save it on the demo user's record, and every other spec that
// logs in as alice expects English: the locale leaves her record alone.

/** The browser locale that asks for each language: a region tag, as real browsers send. */
const LOCALES: Record<Language, string> = { en: "en-US", es: "es-ES", fr: "fr-FR", ja: "ja-JP" };

interface PageCheck {
  /** The route as app/ spells it, "/orders/[id]" for a dynamic one. */
  route: string;
  /** Who must be logged in; nobody when absent. */
  as?: DemoUsername;
  /** The address to open, when it is not the route itself. */
  path?: string;
  status?: number;
  /** The <h1>, given the address opened (an order's number is in it). */
  heading: (messages: Messages, at: string) => string;
  /** The page's own part of <title>; absent, the title is the site's name alone. */
  title?: (messages: Messages) => string;
  /**
   * Why the sweep passes this page by: the /try pages run the learner's own exercise code, so what
   * they show (and where they redirect) depends on how far the learner has got, not on the catalogues.
   * Their text is checked by the workbook's own checks (npm run test:workbook).
   */
  learnerCode?: true;
  /**
   * Drawn by the browser: the server's HTML is an empty shell (Next.js renders forbidden.tsx on
   * the client), so this page is read with JavaScript on, unlike the rest.
   */
  drawnByScript?: true;
}

const PAGES: PageCheck[] = [
  { route: "/", heading: (m) => m.home.title },
  { route: "/hello", heading: (m) => m.hello.title, title: (m) => m.hello.title },
  { route: "/hello/output", heading: (m) => m.hello.outputTitle, title: (m) => m.hello.outputTitle },
  { route: "/basics", heading: (m) => m.basics.title, title: (m) => m.basics.title },
  { route: "/login", heading: (m) => m.login.title, title: (m) => m.login.pageTitle },
  { route: "/logout/confirm", heading: (m) => m.logout.title, title: (m) => m.logout.title },
  { route: "/shop", heading: (m) => m.shop.title, title: (m) => m.shop.title },
  { route: "/cart", heading: (m) => m.cart.title, title: (m) => m.cart.title },
  { route: "/history", heading: (m) => m.history.title, title: (m) => m.history.title },
  { route: "/preferences", heading: (m) => m.preferences.title, title: (m) => m.preferences.title },
  { route: "/inspector", heading: (m) => m.inspector.title, title: (m) => m.inspector.title },
  { route: "/timeline", heading: (m) => m.timeline.title, title: (m) => m.timeline.title },
  { route: "/configuration", heading: (m) => m.configuration.title, title: (m) => m.configuration.title },
  { route: "/stores", heading: (m) => m.stores.title, title: (m) => m.stores.title },
  { route: "/profile", as: "alice", heading: (m) => format(m.profile.title, { name: "Alice Example" }), title: (m) => m.profile.pageTitle },
  { route: "/dashboard", as: "alice", heading: (m) => m.dashboard.title, title: (m) => m.dashboard.title },
  { route: "/cart/checkout", as: "alice", heading: (m) => m.checkout.title, title: (m) => m.checkout.title },
  { route: "/orders", as: "alice", heading: (m) => m.orders.title, title: (m) => m.orders.title },
  // The admin's, not alice's: the cart spec's checkouts (as alice, in parallel) refuse to go on when
  // an order of hers appears after their summary was shown.
  { route: "/orders/[id]", as: "admin", heading: (m, at) => format(m.orders.order, { id: path.posix.basename(at) }), title: (m) => m.orders.orderPageTitle },
  { route: "/admin", as: "admin", heading: (m) => m.admin.title, title: (m) => m.admin.pageTitle },
  { route: "/admin/users", as: "admin", heading: (m) => m.adminUsers.title, title: (m) => m.adminUsers.pageTitle },
  { route: "/admin/log", as: "admin", heading: (m) => m.securityLog.title, title: (m) => m.securityLog.pageTitle },
  { route: "/account", as: "alice", heading: (m) => m.account.title, title: (m) => m.account.pageTitle },
  // The same page refused to a user: app/forbidden.tsx, with a real 403. The <title> stays the
  // page's own: Next.js 16 ignores forbidden.tsx's generateMetadata.
  { route: "/admin", as: "alice", status: 403, drawnByScript: true, heading: (m) => format(m.forbidden.title, { role: m.roles.names.admin }), title: (m) => m.admin.pageTitle },
  // The workbook, and the pages its exercises run at (app/try/): provided frames around the learner's code.
  { route: "/workbook", heading: (m) => m.workbook.title, title: (m) => m.workbook.title },
  {
    route: "/workbook/[n]",
    path: "/workbook/1",
    heading: (m) => m.workbook.exercises.minimalSession.title,
    title: (m) => `${format(m.workbook.exerciseEyebrow, { number: 1 })}: ${m.workbook.exercises.minimalSession.title}`,
  },
  { route: "/try/1", learnerCode: true, heading: (m) => m.workbook.try.name.title, title: (m) => m.workbook.try.name.title },
  { route: "/try/1/greeting", learnerCode: true, heading: (m) => m.workbook.try.name.greetingTitle, title: (m) => m.workbook.try.name.greetingTitle },
  { route: "/try/2", learnerCode: true, heading: (m) => m.workbook.try.login.title, title: (m) => m.workbook.try.login.title },
  { route: "/try/2/members", learnerCode: true, heading: (m) => m.workbook.try.login.membersTitle, title: (m) => m.workbook.try.login.membersTitle },
  { route: "/try/3", learnerCode: true, heading: (m) => m.workbook.try.cart.title, title: (m) => m.workbook.try.cart.title },
  { route: "/try/3/cart", learnerCode: true, heading: (m) => m.workbook.try.cart.cartTitle, title: (m) => m.workbook.try.cart.cartTitle },
  { route: "/try/4", learnerCode: true, heading: (m) => m.workbook.try.preferences.title, title: (m) => m.workbook.try.preferences.title },
  { route: "/try/4/profile", learnerCode: true, heading: (m) => m.workbook.try.preferences.profileTitle, title: (m) => m.workbook.try.preferences.profileTitle },
  // The source viewer: its heading is the file's path, the same in every language; its title and text are not.
  {
    route: "/source/[...path]",
    path: "/source/lib/session/store.ts",
    heading: () => "lib/session/store.ts",
    title: (m) => format(m.source.pageTitle, { file: "lib/session/store.ts" }),
  },
  // Any unknown address: app/not-found.tsx, with a real 404.
  { route: "404", path: "/no-such-page", status: 404, heading: (m) => m.errors.notFoundTitle },
];

/** Every page.tsx under app/, as its route: "app/(lessons)/orders/[id]/page.tsx" is "/orders/[id]". */
function appRoutes(): string[] {
  const appDir = path.resolve(import.meta.dirname, "..", "app");
  return (fs.readdirSync(appDir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) =>
      `/${path
        .dirname(file)
        .split(path.sep)
        .filter((part) => part !== "." && !/^\(.*\)$/.test(part))
        .join("/")}`,
    );
}

/** Every key of the English catalogue ("cart.empty", "lessons.hello.title"): shown raw, a lookup failed. */
const MESSAGE_KEYS = new Set(catalogueLeaves(CATALOGUES.en).map(([key]) => key));

/**
 * The page's text as a reader sees it, without code (where "session.pop" or "{key}" are
 * the lesson) and without the scripts Next.js ships the page's data in.
 */
const readableText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("script, style, template, noscript, code, pre").forEach((node) => node.remove());
    return copy.textContent ?? "";
  });

/**
 * A browser asking for the language. Reading a page needs no JavaScript: every page is rendered
 * on the server, whole (no Suspense), so `readOnly` turns it off and spares each page its
 * hydration. What needs a script (a form's answer in place) gets a browser with it.
 */
async function newContextIn(browser: Browser, testInfo: TestInfo, language: Language, { readOnly = false }: { readOnly?: boolean } = {}) {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: LOCALES[language], javaScriptEnabled: !readOnly });
}

/** Opens a page and checks it speaks the language throughout: <html lang>, <title>, its heading, no raw key or placeholder. */
async function expectPageIn(page: Page, language: Language, check: PageCheck, at = check.path ?? check.route) {
  const messages = CATALOGUES[language];
  const response = await page.goto(at);
  expect(response?.status(), at).toBe(check.status ?? 200);
  // Still on the page asked for: not sent to the login.
  expect(new URL(page.url()).pathname).toBe(at);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(check.heading(messages, at));
  const { siteName } = messages.common;
  await expect(page).toHaveTitle(check.title ? `${check.title(messages)} · ${siteName}` : siteName);

  const text = await readableText(page);
  const rawKeys = (text.match(/\b[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+\b/g) ?? []).filter((word) => MESSAGE_KEYS.has(word));
  expect(rawKeys, `message keys shown raw on ${at}`).toEqual([]);
  expect(text.match(/\{\w+\}/g) ?? [], `placeholders left unfilled on ${at}`).toEqual([]);
}

/** Logs in through the form, read in the page's language: its labels and button come from the catalogue too. */
async function logInIn(page: Page, messages: Messages, username: DemoUsername) {
  await page.goto("/login");
  await page.getByLabel(messages.login.username).fill(username);
  await page.getByLabel(messages.login.password).fill(demoPassword(username));
  await page.getByRole("main").getByRole("button", { name: messages.login.submit }).click();
  await expect(page).not.toHaveURL(/\/login(?:[?#]|$)/);
}

/** An order of the admin's for a product of this test's own, written straight into the server's database. */
function orderForAdmin(testInfo: TestInfo): number {
  const db = serverDatabase(testInfo);
  try {
    const product = createTestProduct(db, testInfo, { priceCents: 1250, stock: 5, label: "Order item" });
    const { id: userId } = db.prepare('SELECT id FROM "User" WHERE username = ?').get("admin") as { id: number };
    const createdAt = sqliteTime(Date.now());
    const { lastInsertRowid } = db.prepare('INSERT INTO "Order" (userId, totalCents, createdAt) VALUES (?, ?, ?)').run(userId, 2500, createdAt);
    db.prepare('INSERT INTO "OrderLine" (orderId, productId, quantity, unitPriceCents) VALUES (?, ?, ?, ?)').run(lastInsertRowid, product.id, 2, 1250);
    return Number(lastInsertRowid);
  } finally {
    db.close();
  }
}

test("the list below covers every page in app/", () => {
  const checked = new Set(PAGES.map((check) => check.route));
  // A page added without a line here fails this test, so no page goes untranslated unseen.
  expect(appRoutes().filter((route) => !checked.has(route))).toEqual([]);
});

for (const language of LANGUAGES) {
  const messages = CATALOGUES[language];

  test.describe(`in ${LOCALES[language]}`, () => {
    test("every page a visitor can open speaks the language", async ({ browser }, testInfo) => {
      // Two dozen pages in one test: three times the usual time, for a busy machine.
      test.slow();
      const context = await newContextIn(browser, testInfo, language, { readOnly: true });
      const page = await context.newPage();
      try {
        for (const check of PAGES.filter((candidate) => !candidate.as && !candidate.learnerCode && candidate.route !== "/hello/output")) {
          await expectPageIn(page, language, check);
        }
      } finally {
        await context.close();
      }
    });

    test("the hello lesson's form answers in the language: its refusal, then the page it leads to", async ({ browser }, testInfo) => {
      const context = await newContextIn(browser, testInfo, language);
      const page = await context.newPage();
      try {
        await page.goto("/hello");
        await page.getByRole("button", { name: messages.hello.save }).click();
        await expect(page.getByText(messages.hello.errorEmpty)).toBeVisible();
        await page.getByLabel(messages.hello.nameLabel).fill("花子");
        await page.getByRole("button", { name: messages.hello.save }).click();
        await expect(page).toHaveURL(/\/hello\/output$/);
        await expectPageIn(page, language, PAGES.find((check) => check.route === "/hello/output")!);
        await expect(page.getByTestId("greeting")).toHaveText(format(messages.hello.greeting, { name: "花子" }));
      } finally {
        await context.close();
      }
    });

    test("the home page lists every lesson in the language, each a link to its page", async ({ browser }, testInfo) => {
      const context = await newContextIn(browser, testInfo, language, { readOnly: true });
      const page = await context.newPage();
      try {
        await page.goto("/");
        const links = page.getByRole("region", { name: messages.home.lessonsHeading }).getByRole("link");
        await expect(links).toHaveCount(LESSONS.length);
        for (const [index, lesson] of LESSONS.entries()) {
          await expect(links.nth(index)).toHaveAttribute("href", lesson.href);
          await expect(links.nth(index)).toContainText(messages.lessons[lesson.key].title);
          await expect(links.nth(index)).toContainText(messages.lessons[lesson.key].summary);
        }
      } finally {
        await context.close();
      }
    });

    for (const username of ["alice", "admin"] as const) {
      test(`every page ${username} can open speaks the language`, async ({ browser }, testInfo) => {
        test.slow();
        // The login form works without a script too (a plain POST, then a redirect), in the language.
        const context = await newContextIn(browser, testInfo, language, { readOnly: true });
        const page = await context.newPage();
        try {
          await logInIn(page, messages, username);
          for (const check of PAGES.filter((candidate) => candidate.as === username && !candidate.drawnByScript)) {
            await expectPageIn(page, language, check, check.route === "/orders/[id]" ? `/orders/${orderForAdmin(testInfo)}` : undefined);
          }
        } finally {
          await context.close();
        }
      });
    }

    test("the pages the browser draws itself speak the language too", async ({ browser }, testInfo) => {
      const context = await newContextIn(browser, testInfo, language);
      const page = await context.newPage();
      try {
        for (const check of PAGES.filter((candidate) => candidate.drawnByScript)) {
          await context.clearCookies();
          if (check.as) await logInOverHttp(page, check.as);
          await expectPageIn(page, language, check);
        }
      } finally {
        await context.close();
      }
    });
  });
}

// Money, product names and a form's answer, in the words and number formats of each language.
// The currency stays US dollars: only the way it is written changes.
const SHOPPING = [
  { language: "es", notebook: "Cuaderno cuadriculado", added: "Has añadido 2 × Cuaderno cuadriculado a tu carrito.", total: "19,00 US$", unitPrice: "9,50 US$" },
  { language: "fr", notebook: "Carnet quadrillé", added: "Vous avez ajouté 2 × Carnet quadrillé à votre panier.", total: "19,00 $US", unitPrice: "9,50 $US" },
  { language: "ja", notebook: "方眼ノート", added: "方眼ノート を 2 点カートに追加しました。", total: "$19.00", unitPrice: "$9.50" },
] as const;

for (const words of SHOPPING) {
  test(`in ${LOCALES[words.language]}, adding to the cart answers in the language, product names and prices included`, async ({ browser }, testInfo) => {
    const messages = CATALOGUES[words.language];
    const context = await newContextIn(browser, testInfo, words.language);
    const page = await context.newPage();
    try {
      await page.goto("/shop");
      await expect(productCard(page, "Grid notebook")).toHaveCount(0);
      const notebook = productCard(page, words.notebook);
      await notebook.getByLabel(messages.cart.quantity).fill("2");
      await notebook.getByRole("button", { name: messages.shop.addToCart }).click();
      await expect(notebook.getByRole("status")).toHaveText(words.added);
      await expect(page.getByTestId("cart-summary-total")).toHaveText(words.total);

      await page.goto("/cart");
      await expect(cartLine(page, words.notebook).getByTestId("unit-price")).toHaveText(words.unitPrice);
      await expect(page.getByTestId("cart-total")).toHaveText(words.total);
    } finally {
      await context.close();
    }
  });
}
