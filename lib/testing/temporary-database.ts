// A real database with the committed migrations applied: the unit tests use no mock database.
// SQLite by default (a file in a temporary folder); PostgreSQL, a fresh database on a test server.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { applyMigrations } from "@/lib/tasks/migrations";

const projectDir = path.resolve(import.meta.dirname, "../..");

export interface TemporaryDatabase {
  db: PrismaClient;
  url: string;
  remove: () => Promise<void>;
}

/** Opens the database at `url`; remove() disconnects, then deletes it with `drop`. */
function opened(url: string, drop: () => Promise<void> | void): TemporaryDatabase {
  const db = createPrismaClient(url);
  return {
    db,
    url,
    remove: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

/** A SQLite file of the test's own: a copy of the run's migrated template (./migrated-template.ts). */
export async function createTemporaryDatabase(): Promise<TemporaryDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "sbe-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("migratedSqliteTemplate"), file);
  return opened(`file:${file}`, () => rmSync(dir, { recursive: true, force: true }));
}

/** A temporary SQLite database for the tests of one file: made before them, removed after them. */
export function temporaryDatabaseForFile(): TemporaryDatabase {
  const temporary = {} as TemporaryDatabase;
  beforeAll(async () => {
    Object.assign(temporary, await createTemporaryDatabase());
  });
  afterAll(() => temporary.remove());
  return temporary;
}

/** A new, migrated database on the PostgreSQL server at `serverUrl`, dropped by remove(). */
export async function createTemporaryPostgresDatabase(serverUrl: string): Promise<TemporaryDatabase> {
  const name = `sbe_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  // Migrated as start-up does it.
  const problem = await applyMigrations(projectDir, url);
  if (problem) throw new Error(problem);
  return opened(url, async () => {
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  });
}
