// A site busier than one list: more live sessions than the admin's list holds. The admin page
// says it shows only the most recently used, and a user's own sessions are still all found (their
// account page, the limit of sessions per user), however many newer ones others have.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

import { expect, test, type Browser } from "@playwright/test";
import Database from "better-sqlite3";

import { prepareDeployment, startAppInstance, type AppInstance } from "../fixtures/app-instances";
import { logIn } from "../fixtures/login";
import { sqliteTime } from "../fixtures/stored-session";
import { E2E_DATA_DIR, STORES_SPEC_PORTS } from "../servers";

test.describe.configure({ mode: "serial", timeout: 120_000 });

/** More than the list holds (REGISTRY_LIST_LIMIT, 500). */
const OTHER_VISITORS = 510;
const DATABASE_FILE = path.resolve(import.meta.dirname, "../..", E2E_DATA_DIR, "busy-site.db");

let app: AppInstance;

test.beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${DATABASE_FILE}${suffix}`, { force: true });
  const deployment = { SESSION_STORE: "database", DATABASE_URL: `file:${DATABASE_FILE}` };
  await prepareDeployment(deployment);
  app = await startAppInstance(deployment, STORES_SPEC_PORTS.busySite);
});

test.afterAll(() => app?.stop());

async function signedIn(browser: Browser, username: "admin" | "alice") {
  const context = await browser.newContext({ baseURL: app.baseURL });
  const page = await context.newPage();
  await logIn(page, username);
  return { context, page };
}

/** Sessions of anonymous visitors, each used more recently than any session before it. */
function fillWithNewerVisitors(count: number) {
  const db = new Database(DATABASE_FILE);
  try {
    const insert = db.prepare('INSERT INTO "Session" ("idHash", "data", "userId", "createdAt", "lastSeenAt", "expiresAt") VALUES (?, ?, NULL, ?, ?, ?)');
    const now = Date.now();
    db.transaction(() => {
      for (let visitor = 0; visitor < count; visitor++) {
        const data = JSON.stringify({ data: { name: `Visitor ${visitor}` }, permanent: false, revision: 0 });
        insert.run(randomBytes(32).toString("hex"), data, sqliteTime(now), sqliteTime(now + 60_000 + visitor), sqliteTime(now + 3_600_000));
      }
    })();
  } finally {
    db.close();
  }
}

test("with more sessions than one list, the admin sees the most recent, and a user still sees their own", async ({ browser }) => {
  const alice = await signedIn(browser, "alice");
  fillWithNewerVisitors(OTHER_VISITORS);

  await alice.page.goto("/account");
  await expect(alice.page.getByTestId("own-session").filter({ hasText: "This session" })).toHaveCount(1);

  const admin = await signedIn(browser, "admin");
  await admin.page.goto("/admin");
  await expect(admin.page.getByTestId("session-count")).toHaveText(/^The 500 most recently used sessions are listed, \d+ of them logged in; more are live than one list shows\.$/);
  await expect(admin.page.getByTestId("active-session")).toHaveCount(500);

  await Promise.all([alice.context.close(), admin.context.close()]);
});
