// The stores lesson: every store side by side, the active one marked, and how to write your own.
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { committedRead, latestBench } from "./fixtures/bench-results";

test.beforeEach(async ({ page }) => {
  await page.goto("/stores");
});

test("every store is compared on where the data lives, the cookie, revocation, restarts and instances", { tag: "@smoke" }, async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session stores");
  const table = page.getByTestId("store-comparison");
  for (const header of ["Where the data lives", "What the cookie carries", "List and revoke sessions", "Survives a restart", "Works across instances", "Measured cost"]) {
    await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
  }
  for (const store of ["cookie", "database", "file", "memcached"]) await expect(table.locator(`tr[data-store="${store}"]`)).toHaveCount(1);
  // Memcached can dump its keys, and evicts the least recently used ones, not every session at once.
  await expect(table.locator('tr[data-store="memcached"]')).toContainText("this store keeps no index, and Memcached lists keys only by walking its whole cache (lru_crawler metadump)");
  await expect(table.locator('tr[data-store="memcached"]')).toContainText("evicts the least recently used keys one at a time");
  await expect(table.locator('tr[data-store="cookie"]')).toContainText("The whole session, encrypted and signed");
  await expect(table.locator('tr[data-store="file"]')).toContainText("One JSON file per session in SESSION_FILE_DIR");
});

test("the active store is marked", async ({ page }, testInfo) => {
  const row = page.getByTestId("store-comparison").locator(`tr[data-store="${testInfo.project.name}"]`);
  await expect(row.getByRole("rowheader")).toHaveText(`${testInfo.project.name}active`);
  await expect(page.getByTestId("store-comparison").getByText("active", { exact: true })).toHaveCount(1);
});

test("each cost comes from the committed bench run, and a store it did not measure says how to", async ({ page }) => {
  // bench/results/latest.json is committed; a store whose server was missing when it ran has no row.
  const bench = latestBench();
  const table = page.getByTestId("store-comparison");
  for (const store of ["cookie", "database", "redis", "file", "memcached"]) {
    const read = committedRead(bench, store);
    const cost = table.locator(`tr[data-store="${store}"]`).getByTestId("store-cost");
    if (read) {
      const ms = Math.round(Math.max(0, read.extraMicroseconds) / 10) / 100;
      await expect(cost).toHaveText(`+${ms} ms a request to read the session (${Math.round(read.rps)} requests a second)`);
    } else {
      await expect(cost).toHaveText("not measured yet: run npm run bench");
    }
  }
  await expect(page.getByTestId("bench-note")).toContainText(bench ? "Measured by npm run bench (bench/results/latest.json)" : "not measured yet");
});

test("writing your own: each method explained, the file store's source, and Flask's SessionInterface beside it", async ({ page }) => {
  // Writing a store is the page's reference part, folded under its details.
  await page.getByTestId("stores-details").getByText("The details").click();
  const methods = page.getByTestId("store-methods");
  for (const method of ["load", "save", "destroy", "regenerate", "describe", "ping", "registry"]) await expect(methods.getByText(method, { exact: true })).toBeVisible();
  // The interface is read from lib/session/store.ts itself, so it says what the code says.
  const declared = readFileSync(path.resolve(import.meta.dirname, "../lib/session/store.ts"), "utf8");
  await expect(page.getByText("export interface SessionStore {")).toBeVisible();
  expect(declared).toContain("  load(token: string): Promise<SessionRecord | null>;");
  await expect(page.getByText("load(token: string): Promise<SessionRecord | null>;")).toBeVisible();
  const source = page.getByTestId("file-store-source");
  await expect(source.getByText("export function fileStore(dir: string)")).toBeHidden();
  await source.getByText("Show lib/session/stores/file.ts").click();
  await expect(source.getByText(/export function fileStore\(dir: string\)/)).toBeVisible();
  await expect(page.getByText("def open_session(self, app, request):  # ≈ load()")).toBeVisible();
  await expect(page.getByText("app.session_interface = FileSessionInterface()")).toBeVisible();
});

test("the lesson is listed on the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Lessons" }).getByRole("link", { name: /Session stores/ }).click();
  await expect(page).toHaveURL(/\/stores$/);
});
