// A real database with the committed migrations applied: the unit tests use no mock database.
// SQLite by default (a file in a temporary folder); PostgreSQL, a fresh database on a test server.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll } from "vitest";

import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { switchToWriteAheadLog } from "@/lib/tasks/sqlite-journal";

const projectDir = path.resolve(import.meta.dirname, "../..");

export interface TemporaryDatabase {
  db: PrismaClient;
  url: string;
  remove: () => Promise<void>;
}

function migrate(url: string) {
  const run = spawnSync(path.join(projectDir, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (run.status !== 0) throw new Error(`prisma migrate deploy failed:\n${run.stdout}\n${run.stderr}`);
}

/** Migrates the database at `url` and opens it; remove() disconnects, then deletes it with `drop`. */
function migrated(url: string, drop: () => Promise<void> | void): TemporaryDatabase {
  migrate(url);
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

export async function createTemporaryDatabase(): Promise<TemporaryDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "sbe-test-"));
  const file = path.join(dir, "test.db");
  const database = migrated(`file:${file}`, () => rmSync(dir, { recursive: true, force: true }));
  // The journal mode start-up leaves the app's database in (lib/tasks/migrations.ts).
  switchToWriteAheadLog(file);
  return database;
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
  return migrated(url, async () => {
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  });
}
