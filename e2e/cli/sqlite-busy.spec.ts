// `npm start` beside a running `npm run dev` on the same SQLite file: start-up must not fail on the
// other app's write lock with Prisma's "unknown variant SocketTimeout". A migrated database needs
// no write to start; one that still needs its migrations gets a plain "busy" and what to do.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

import { runPrepare } from "../fixtures/prepare-task";

const SECRET = "cli-busy-secret-0123456789abcdef0123456789";

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sbe-busy-"));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = (file: string) => runPrepare("production", dir, { DATABASE_URL: `file:${file}`, SESSION_STORE: "cookie", SESSION_SECRET: SECRET });

/** Holds SQLite's write lock on the file, as the other app does in the middle of a write, while `during` runs. */
function whileAnotherAppWrites<T>(file: string, during: () => T): T {
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  try {
    return during();
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
}

test("a migrated database starts while another app on the same file is writing", () => {
  test.setTimeout(120_000);
  const file = path.join(dir, "shared.db");
  expect(start(file).status).toBe(0);
  const second = whileAnotherAppWrites(file, () => start(file));
  expect(second.status, second.output).toBe(0);
  expect(second.output).not.toContain("SocketTimeout");
});

test("a database that needs its migrations while another app writes gets a plain 'busy' and what to do", () => {
  test.setTimeout(120_000);
  const file = path.join(dir, "new.db");
  writeFileSync(file, "");
  const run = whileAnotherAppWrites(file, () => start(file));
  expect(run.status).not.toBe(0);
  expect(run.output).toContain("is busy: another process is writing to it");
  expect(run.output).toContain("give each its own DATABASE_URL");
  expect(run.output).not.toContain("    at ");
});
