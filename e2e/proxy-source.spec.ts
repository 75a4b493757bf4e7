// proxy.ts sits at the project root, beside app/: /history shows it from the file itself, and the
// viewer opens it, while every other root file stays out of reach.
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

const PROXY = readFileSync(path.resolve(import.meta.dirname, "..", "proxy.ts"), "utf8").split("\n");

/** proxy.ts's lines between its record-visit markers, as the file has them now, each with its number. */
function recordVisitLines() {
  const start = PROXY.findIndex((line) => line.trim() === "// #region record-visit");
  const end = PROXY.findIndex((line) => line.trim() === "// #endregion record-visit");
  expect(start, "proxy.ts marks its record-visit region").toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return PROXY.slice(start + 1, end)
    .map((text, index) => ({ text: text.trim(), number: start + 2 + index }))
    .filter(({ text }) => text !== "");
}

test("/history's code panel shows proxy.ts as the file reads now, line for line", async ({ page }) => {
  await page.goto("/history");
  const excerpt = page.locator('[data-testid="our-code"][data-file="proxy.ts"]');
  await expect(excerpt).toHaveAttribute("data-region", "record-visit");
  const shown = await excerpt.locator(".line").evaluateAll((lines) => lines.map((line) => ({ text: (line.textContent ?? "").trim(), number: Number(line.getAttribute("data-line")) })));
  expect(shown.filter(({ text }) => text !== "")).toEqual(recordVisitLines());
  // The lesson's point, read from the real file: the visit goes into the session before the page renders.
  await expect(excerpt).toContainText("addVisit(history, visit)");
});

test("the proxy's excerpt opens proxy.ts whole in the viewer, its lines marked", async ({ page }) => {
  await page.goto("/history");
  await page.getByRole("link", { name: "Open proxy.ts whole" }).click();
  await expect(page).toHaveURL(/\/source\/proxy\.ts\?region=record-visit#L\d+$/);
  await expect(page.getByTestId("source-file")).toHaveText("proxy.ts");
  await expect(page.getByTestId("source-code")).toContainText("export async function proxy(request: NextRequest)");
  const [first] = recordVisitLines();
  await expect(page.locator(`#L${first.number}`)).toHaveAttribute("data-marked", "");
});

test("/source/proxy.ts renders the whole file", async ({ page }) => {
  const response = await page.goto("/source/proxy.ts");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("source-code")).toContainText("export const config = {");
  await expect(page.getByTestId("source-code").locator(".line")).toHaveCount(PROXY.length - (PROXY.at(-1) === "" ? 1 : 0));
});

for (const refused of ["/source/package.json", "/source/next.config.mjs", "/source/prisma.config.ts", "/source/%2e%2e/x", "/source/app/proxy.ts", "/source/proxy.ts/x", "/source/proxy.ts%2F..%2Fpackage.json"]) {
  test(`the viewer answers 404 for ${refused}`, async ({ request }) => {
    const response = await request.get(refused, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('"dependencies"');
  });
}

test("/source/../x, written plainly, reaches no file", async ({ request }) => {
  // The client resolves ".." before sending, as a browser does: what arrives is /x.
  const response = await request.get("/source/../x", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});
