// Every lesson shows the code that really runs beside the Flask it replaces, and the source
// viewer shows a project file whole, and nothing else.
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { logInOverHttp } from "./fixtures/login";
import { startSession } from "./fixtures/start-session";

const PROJECT = path.resolve(import.meta.dirname, "..");

/** The lesson pages, and who must be logged in to see one. */
const LESSONS: { path: string; as?: "alice" | "admin" }[] = [
  { path: "/hello" },
  { path: "/hello/output" },
  { path: "/basics" },
  { path: "/login" },
  { path: "/profile", as: "alice" },
  { path: "/dashboard", as: "alice" },
  { path: "/admin", as: "admin" },
  { path: "/account", as: "alice" },
  { path: "/admin/users", as: "admin" },
  { path: "/admin/log", as: "admin" },
  { path: "/shop" },
  { path: "/cart" },
  { path: "/orders", as: "alice" },
  { path: "/history" },
  { path: "/preferences" },
  { path: "/inspector" },
  { path: "/configuration" },
  { path: "/stores" },
];

/** Each excerpt on the panel: its lines are the named file's, in order, from the line number it shows first. */
async function expectExcerptsFromTheirFiles(page: Page) {
  const excerpts = page.getByTestId("our-code");
  expect(await excerpts.count()).toBeGreaterThan(0);
  for (const excerpt of await excerpts.all()) {
    const file = await excerpt.getAttribute("data-file");
    expect(file).toMatch(/^((app|lib)\/|proxy\.ts$)/);
    const fileLines = readFileSync(path.join(PROJECT, file!), "utf8").split("\n");
    const shown = await excerpt.locator(".line").evaluateAll((lines) => lines.map((line) => ({ text: line.textContent ?? "", number: Number(line.getAttribute("data-line")) })));
    expect(shown.length).toBeGreaterThan(0);
    // The number beside a line is its line in the file, and the text is that line's, indentation aside.
    for (const { text, number } of shown) expect(fileLines[number - 1]?.trim(), `${file}:${number}`).toBe(text.trim());
    // The link opens the file in the viewer.
    await expect(excerpt.getByRole("link", { name: `Open ${file} whole` })).toHaveAttribute("href", new RegExp(`^/source/.*\\?region=`));
  }
}

async function open(page: Page, lesson: (typeof LESSONS)[number]) {
  if (lesson.as) await logInOverHttp(page, lesson.as);
  if (lesson.path === "/hello/output") {
    // The page shows only with a name in the session.
    await page.goto("/hello");
    await page.getByLabel("Your name").fill("Hanako");
    await page.getByRole("button", { name: "Save to the session" }).click();
    await expect(page).toHaveURL(/\/hello\/output$/);
  }
  const response = await page.goto(lesson.path);
  expect(response?.status()).toBe(200);
}

test.describe("every lesson's code panel", () => {
  // The panels are rendered on the server, whole, and a phone's width is the style sheet's doing:
  // reading them needs no script, so each page is spared its hydration. (The hello form that
  // leads to /hello/output works without one too: a plain POST, then a redirect.)
  test.use({ javaScriptEnabled: false });

  for (const lesson of LESSONS) {
    test(`${lesson.path} shows our code from its files beside the Flask, and fits a phone`, async ({ page }) => {
      await open(page, lesson);
      const panel = page.getByTestId("code-panel");
      await expect(panel).toHaveCount(1);
      await expect(panel.getByTestId("flask-code")).toContainText(/app|session/);
      await expectExcerptsFromTheirFiles(page);
      // Numbered pairs: each number shows on the Flask side and on ours.
      const flaskCallouts = await panel.getByTestId("flask-code").locator("[data-callout]").evaluateAll((lines) => lines.flatMap((line) => line.getAttribute("data-callout")!.split(" ")));
      const ourCallouts = await panel.getByTestId("our-code").locator("[data-callout]").evaluateAll((lines) => lines.flatMap((line) => line.getAttribute("data-callout")!.split(" ")));
      expect(flaskCallouts.length).toBeGreaterThan(0);
      expect(ourCallouts.sort()).toEqual(flaskCallouts.sort());

      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll, "the page scrolls sideways at 390 px").toBeLessThanOrEqual(widths.inner);
    });
  }
});

test("the source viewer shows a file whole, the lesson's lines marked", async ({ page }) => {
  const response = await page.goto("/source/app/(lessons)/hello/actions.ts?region=save-name");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("source-file")).toHaveText("app/(lessons)/hello/actions.ts");
  const file = readFileSync(path.join(PROJECT, "app/(lessons)/hello/actions.ts"), "utf8").replace(/\n$/, "").split("\n");
  const lines = page.getByTestId("source-code").locator(".line");
  await expect(lines).toHaveCount(file.length);
  const start = file.findIndex((line) => line.includes("export async function saveName")) + 1;
  await expect(page.locator(`#L${start}`)).toHaveText(file[start - 1]);
  await expect(page.locator(`#L${start}`)).toHaveAttribute("data-marked", "");
  // A line outside the region is not marked.
  await expect(page.locator("#L1")).not.toHaveAttribute("data-marked", "");
  await expect(page.getByTestId("source-marked")).toBeVisible();
});

test("a lesson's file link opens the viewer at its lines", async ({ page }) => {
  await page.goto("/hello");
  await page.getByRole("link", { name: "Open app/(lessons)/hello/actions.ts whole" }).click();
  await expect(page).toHaveURL(/\/source\/app\/\(lessons\)\/hello\/actions\.ts\?region=save-name#L\d+$/);
  await expect(page.getByTestId("source-code")).toContainText('session.set("name", name.data);');
});

for (const refused of [
  "/source/.env.local",
  "/source/.env",
  "/source/app/.env.local",
  "/source/%2e%2e/package.json",
  "/source/app/%2e%2e/package.json",
  "/source/app/..%2F..%2Fpackage.json",
  "/source/app/%252e%252e/%252e%252e/package.json",
  "/source/lib/generated/sqlite/index.d.ts",
  "/source/README.md",
  "/source/package.json",
  "/source/lib/no-such-file.ts",
]) {
  test(`the source viewer answers 404 for ${refused}`, async ({ request }) => {
    const response = await request.get(refused, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toContain("SESSION_SECRET=");
    expect(body).not.toContain('"dependencies"');
  });
}

test("a climb out of the project written plainly never reaches a file", async ({ request }) => {
  // The client resolves ".." before sending, as a browser does: what arrives is /package.json.
  const response = await request.get("/source/../package.json", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('"dependencies"');
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the session a form changes comes right after the form, its JSON never cut inside a token", async ({ page }) => {
    await startSession(page);
    await page.goto("/hello");
    await page.goto("/basics");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Set", exact: true }) });
    const session = page.getByTestId("session-contents");
    const [formBox, sessionBox] = [await form.boundingBox(), await session.boundingBox()];
    // Below the set form, within a card's padding and a title: no other form between them.
    expect(sessionBox!.y - (formBox!.y + formBox!.height)).toBeLessThan(150);
    // Every string, number and bracket of the JSON is drawn on one line: dates and paths are not split.
    const split = await session.locator("dd span.whitespace-pre").evaluateAll((tokens) => tokens.filter((token) => token.getClientRects().length > 1).map((token) => token.textContent));
    expect(split).toEqual([]);
    expect(await session.locator("dd span.whitespace-pre").count()).toBeGreaterThan(4);
  });

  test("the stores comparison reads as cards, without sideways scrolling", async ({ page }) => {
    await page.goto("/stores");
    const table = page.getByTestId("store-comparison");
    const fits = await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth);
    expect(fits).toBe(true);
    await expect(table.locator('tr[data-store="cookie"]')).toContainText("The whole session, encrypted and signed");
  });
});
