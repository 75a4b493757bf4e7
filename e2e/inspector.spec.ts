import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { sealData } from "iron-session";
import memjs from "memjs";

import { requireSessionCookie, SESSION_COOKIE_NAME, sessionCookie, SESSION_IDLE_SECONDS, SESSION_TTL_SECONDS, storeOf, TOKEN_SHAPE, type StoreName } from "./fixtures/session-cookie";
import { shownSessionValue } from "./fixtures/session-panel";
import { startSession } from "./fixtures/start-session";
import { sqliteTime } from "./fixtures/stored-session";
import { benchStoreName, committedRead, latestBench } from "./fixtures/bench-results";
import { E2E_DATA_DIR, E2E_FILE_SESSIONS_DIR, E2E_KEY_PREFIX, E2E_MEMCACHED_URL, TEST_SECRET } from "./servers";

/** The projects whose stored sessions expiredSessionCookie can plant. */
const PLANTABLE_PROJECTS = new Set(["cookie", "database", "file", "memcached"]);

const NOT_VALID = "The session cookie your browser sent was not valid, so it was deleted.";

/** The server's SQLite file for this project (e2e/playwright.config.ts). */
const databaseFile = (store: StoreName) => path.resolve(import.meta.dirname, "..", E2E_DATA_DIR, `${store}.db`);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const verdict = (page: Page) => page.getByTestId("cookie-verdict");

/** What the inspector shows of a cookie: the sealed value itself, or a server-side token's hash prefix. */
const shownCookie = (store: StoreName, value: string) => (store === "cookie" ? value : `sha256:${sha256(value).slice(0, 16)}…`);

/** The browser's session cookie with one character in the middle changed, as an attacker would try. */
async function tamperWithSessionCookie(context: BrowserContext): Promise<string> {
  const cookie = await requireSessionCookie(context);
  let at = Math.floor(cookie.value.length / 2);
  while (!/[A-Za-z0-9]/.test(cookie.value[at] ?? "")) at += 1;
  const changed = cookie.value.slice(0, at) + (cookie.value[at] === "A" ? "B" : "A") + cookie.value.slice(at + 1);
  await context.addCookies([{ ...cookie, value: changed }]);
  return changed;
}

/** A cookie for a session that expired an hour ago, made as the store would have made it then. */
async function expiredSessionCookie(store: StoreName): Promise<string> {
  const hour = 3600 * 1000;
  const record = { data: { history: [{ path: "/old", at: new Date(Date.now() - 2 * hour).toISOString() }] }, permanent: false, createdAt: Date.now() - 2 * hour, lastSeenAt: Date.now() - 2 * hour, expiresAt: Date.now() - hour };
  if (store === "cookie") return sealData(record, { password: TEST_SECRET, ttl: SESSION_TTL_SECONDS });

  const token = randomBytes(32).toString("base64url");
  if (store === "file") {
    mkdirSync(path.resolve(import.meta.dirname, "..", E2E_FILE_SESSIONS_DIR), { recursive: true });
    writeFileSync(path.resolve(import.meta.dirname, "..", E2E_FILE_SESSIONS_DIR, `${sha256(token)}.json`), JSON.stringify(record), { mode: 0o600 });
    return token;
  }
  if (store === "memcached") {
    // Memcached itself would still hold it for an hour: the store must look at expiresAt.
    const client = memjs.Client.create(E2E_MEMCACHED_URL ?? undefined, { logger: { log: () => {} } });
    await client.set(`${E2E_KEY_PREFIX}${sha256(token)}`, JSON.stringify(record), { expires: 3600 });
    client.close();
    return token;
  }
  const db = new Database(databaseFile(store));
  try {
    db.prepare('INSERT INTO "Session" ("idHash", "data", "userId", "createdAt", "lastSeenAt", "expiresAt") VALUES (?, ?, NULL, ?, ?, ?)').run(
      sha256(token),
      JSON.stringify({ data: record.data, permanent: false }),
      sqliteTime(record.createdAt),
      sqliteTime(record.createdAt),
      sqliteTime(record.expiresAt),
    );
  } finally {
    db.close();
  }
  return token;
}

function sessionRow(store: StoreName, idHash: string): { idHash: string; data: string } | undefined {
  const db = new Database(databaseFile(store), { readonly: true });
  try {
    return db.prepare('SELECT "idHash", "data" FROM "Session" WHERE "idHash" = ?').get(idHash) as { idHash: string; data: string } | undefined;
  } finally {
    db.close();
  }
}

test("it names the active store and its settings, and never shows the secret", async ({ page }, testInfo) => {
  await page.goto("/inspector");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session inspector");
  await expect(page.getByTestId("setting-store")).toHaveText(storeOf(testInfo));
  await expect(page.getByTestId("setting-cookie-name")).toHaveText(SESSION_COOKIE_NAME);
  await expect(page.getByTestId("setting-ttl")).toContainText(`${SESSION_TTL_SECONDS} (7 days)`);
  await expect(page.getByTestId("setting-idle")).toHaveText(`${SESSION_IDLE_SECONDS} (30 minutes without a request)`);
  await expect(page.getByTestId("setting-bind")).toContainText("off");
  await expect(page.getByTestId("setting-secure")).toHaveText("true");
  await expect(page.getByTestId("setting-httponly")).toHaveText("true");
  await expect(page.getByTestId("setting-samesite")).toHaveText("Lax");
  await expect(page.getByTestId("setting-secret")).toHaveText(`set: 1 secret, the newest ${TEST_SECRET.length} characters`);
  expect(await page.content()).not.toContain(TEST_SECRET);
});

test("it says what the active store costs a request, from the last npm run bench", { tag: "@database" }, async ({ page }, testInfo) => {
  await page.goto("/inspector");
  const card = page.getByTestId("store-cost");
  const bench = latestBench();
  if (bench === null) {
    await expect(card).toHaveText("Not measured yet: run npm run bench.");
    return;
  }
  const store = benchStoreName(testInfo.project.name);
  const read = committedRead(bench, testInfo.project.name);
  if (!read) {
    await expect(card).toContainText(`did not measure this store (${store})`);
    return;
  }
  const us = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(read.extraMicroseconds);
  const ratio = read.ratio.toFixed(2);
  await expect(page.getByTestId("cost-read")).toHaveText(read.extraMicroseconds > 0 ? `${us} µs a request (${ratio}× the requests per second)` : `within the noise (${ratio}× the requests per second)`);
  await expect(card).toContainText(`Measured by npm run bench on a ${bench.machine.cores}-core machine`);
  // A read that waits for its server is counted from a route that waits once too, where the run measured
  // that route, and says so.
  const waits = ["postgres", "redis", "file", "memcached"].includes(store) && bench.rows.some((row) => row.scenario === "turn");
  await expect(page.getByTestId("cost-floor")).toHaveCount(waits ? 1 : 0);
});

test("the raw cookie is exactly the one the browser holds, with its size", { tag: "@database" }, async ({ page, context }, testInfo) => {
  await startSession(page);
  await page.goto("/inspector");
  await expect(verdict(page)).toContainText("Your browser sent a valid session cookie.");

  const cookie = await requireSessionCookie(context);
  expect(cookie.value).toMatch(TOKEN_SHAPE[storeOf(testInfo)]);
  await expect(page.getByTestId("raw-cookie")).toHaveText(shownCookie(storeOf(testInfo), cookie.value));
  const bytes = new TextEncoder().encode(`${cookie.name}=${cookie.value}`).length;
  await expect(page.getByTestId("raw-cookie-size")).toHaveText(`${bytes} of 4096 bytes`);
  await expect(page.getByRole("meter", { name: "Cookie size" })).toHaveAttribute("aria-valuenow", String(bytes));
  await expect(page.getByTestId("raw-cookie-expires")).toHaveText("when the browser closes");
});

test("the decoded session holds this very visit, with its created and expiry times", { tag: ["@database", "@smoke"] }, async ({ page }) => {
  const before = Date.now();
  await startSession(page);
  await page.goto("/hello");
  await page.goto("/inspector");
  const history = JSON.parse(await shownSessionValue(page, "history").innerText()) as { path: string }[];
  expect(history.map((visit) => visit.path)).toEqual(["/inspector", "/hello"]);

  const created = Date.parse((await page.getByTestId("session-created").locator("time").getAttribute("datetime")) ?? "");
  const expires = Date.parse((await page.getByTestId("session-expires").locator("time").getAttribute("datetime")) ?? "");
  expect(created).toBeGreaterThanOrEqual(before - 2000);
  expect(created).toBeLessThanOrEqual(Date.now());
  // A fresh session ends first by the idle timeout, 30 minutes after this visit.
  expect(Math.abs(expires - (Date.now() + SESSION_IDLE_SECONDS * 1000))).toBeLessThan(60_000);
});

test("the database store's row is kept under the SHA-256 of the cookie", { tag: "@database" }, async ({ page, context }, testInfo) => {
  const store = storeOf(testInfo);
  test.skip(store !== "database", "only a server-side store keeps a row");
  await startSession(page);
  await page.goto("/inspector");
  const cookie = await requireSessionCookie(context);

  const row = page.getByTestId("stored-row");
  await expect(row.getByRole("row", { name: /^idHash/ }).getByRole("cell")).toHaveText(sha256(cookie.value));
  await expect(row.getByRole("row", { name: "userId" }).getByRole("cell")).toHaveText("null");

  // The table really holds that row, with this visit in it.
  const stored = sessionRow(store, sha256(cookie.value));
  expect(stored).toBeDefined();
  expect(JSON.parse(stored?.data ?? "{}")).toMatchObject({ data: { history: [{ path: "/inspector" }] } });
});

test("the cookie store keeps nothing on the server, and says so", async ({ page }, testInfo) => {
  const store = storeOf(testInfo);
  test.skip(store !== "cookie", "only the cookie store is stateless");
  await page.goto("/inspector");
  await expect(page.getByTestId("stored-nothing")).toContainText("Nothing is kept on the server.");
  await expect(page.getByTestId("stored-row")).toHaveCount(0);

  const db = new Database(databaseFile(store), { readonly: true });
  try {
    expect(db.prepare('SELECT COUNT(*) AS n FROM "Session"').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

test("a changed cookie is explained as not valid, with a 200 and no error page", { tag: "@database" }, async ({ page, context }) => {
  await startSession(page);
  await page.goto("/hello");
  await page.goto("/inspector");
  const changed = await tamperWithSessionCookie(context);

  const response = await page.goto("/inspector");
  expect(response?.status()).toBe(200);
  await expect(verdict(page)).toContainText(NOT_VALID);
  await expect(verdict(page)).toContainText("it was changed");
  await expect(page.getByText("Something went wrong")).toHaveCount(0);

  // The proxy deleted it, and a visit alone starts no new session in its place.
  expect((await context.cookies()).map((cookie) => cookie.value)).not.toContain(changed);
  expect(await sessionCookie(context)).toBeUndefined();
  await expect(shownSessionValue(page, "history")).toHaveCount(0);
});

test("an expired session is explained as not valid too", { tag: "@store" }, async ({ page, context, baseURL }, testInfo) => {
  test.skip(!PLANTABLE_PROJECTS.has(testInfo.project.name), "planting a session behind the app's back is written for the cookie, SQLite, files and Memcached; the store contract suite proves every store refuses an expired one");
  const store = storeOf(testInfo);
  const expired = await expiredSessionCookie(store);
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: expired, url: baseURL, httpOnly: true, secure: true, sameSite: "Lax" }]);

  const response = await page.goto("/inspector");
  expect(response?.status()).toBe(200);
  await expect(verdict(page)).toContainText(NOT_VALID);
  await expect(verdict(page)).toContainText("the session expired");
  expect(await sessionCookie(context)).toBeUndefined();
  await expect(page.getByText("/old")).toHaveCount(0);
  // The database store deletes an expired row as soon as it meets it.
  if (store === "database") expect(sessionRow(store, sha256(expired))).toBeUndefined();
});

test("it says what two requests at once do in this store", { tag: "@store" }, async ({ page }, testInfo) => {
  await page.goto("/inspector");
  const tradeOff = page.getByTestId("ending-trade-off");
  const store = storeOf(testInfo);
  const how = { cookie: "(last write wins)", database: "an UPDATE that writes only if the row still holds what was read", redis: "a Lua script that writes only if the key", file: "a lock file per session", memcached: "gets and cas" }[store];
  await expect(tradeOff).toContainText(how);
});

test("without a session cookie, the page says so instead of failing", async ({ request }) => {
  const response = await request.get("/inspector");
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const html = await response.text();
  expect(html).toContain("Your browser sent no session cookie.");
  expect(html).toContain('data-verdict="absent"');
});

test("a changed cookie the proxy did not replace is explained as not valid", async ({ request }, testInfo) => {
  const response = await request.get("/inspector", { headers: { purpose: "prefetch", cookie: `${SESSION_COOKIE_NAME}=not-a-real-session-cookie` } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("The session cookie your browser sent is not valid.");
  expect(html).toContain('data-verdict="refused"');
  expect(html).toContain(shownCookie(storeOf(testInfo), "not-a-real-session-cookie"));
});
