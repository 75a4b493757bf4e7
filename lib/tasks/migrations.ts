// Start-up's database step: apply the committed migrations, and when they cannot be applied, say
// why in one sentence that names DATABASE_URL and the fix. Prisma's own output for these cases is
// an error code, a link or a Rust backtrace; the person starting the app needs the next command.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import path from "node:path";

import { databaseProviderOf } from "@/lib/config/database-url";
import { withoutPassword } from "@/lib/config/redact";
import { createPrismaClient } from "@/lib/db-client";

import { switchToWriteAheadLog } from "./sqlite-journal";
import { hasEveryMigration } from "./sqlite-migrated";

const DEPLOY = "npx prisma migrate deploy";

/** The committed migrations, oldest first, as Prisma names them in _prisma_migrations. */
function knownMigrations(migrationsDir: string): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The file a SQLite URL points at, relative to the project as Prisma reads it; null for a server URL. */
function sqliteFile(databaseUrl: string, projectDir: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  return path.resolve(projectDir, databaseUrl.slice("file:".length).split("?")[0]!);
}

/** Every SQLite file starts with these 16 bytes; an empty file is fine too (SQLite makes it a database). */
const SQLITE_HEADER = Buffer.from("SQLite format 3\0");

function isSqliteOrEmpty(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return true;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(SQLITE_HEADER);
}

/** A path as the person typed it would see it: relative inside the project, absolute outside. */
const shownPath = (projectDir: string, file: string) => (file.startsWith(projectDir + path.sep) ? path.relative(projectDir, file) : file);

/** Prisma's failure, as one problem with a fix. */
export function explainMigrationFailure(output: string, setting: string, firstMigration: string): string {
  const failed = /The `([^`]+)` migration started at .* failed/.exec(output)?.[1];
  if (/\bP3005\b/.test(output)) {
    return (
      `${setting} points at a database that already has tables these migrations did not create (Prisma P3005), so it is not migrated and cannot be. ` +
      `Point DATABASE_URL at a new file (start-up creates and migrates it), or, if it holds this app's tables, mark them as migrated with ` +
      `npx prisma migrate resolve --applied ${firstMigration} and run ${DEPLOY}.`
    );
  }
  if (/\bP3009\b/.test(output)) {
    return (
      `${setting}: the migration ${failed ?? "recorded as failed"} stopped part-way on an earlier start, so the database is not migrated (Prisma P3009). ` +
      `Repair or restore the database, run npx prisma migrate resolve --rolled-back ${failed ?? "<migration>"}, then ${DEPLOY}.`
    );
  }
  if (/not a database|SQLITE_NOTADB/i.test(output)) {
    return `${setting} points at a file that is not a SQLite database, so it cannot be migrated. Point DATABASE_URL at a new file name, or restore the database from a backup.`;
  }
  // Prisma 6.19.3's schema engine reports SQLite's SQLITE_BUSY as "unknown variant SocketTimeout".
  if (/SocketTimeout|SQLITE_BUSY|database is locked/i.test(output)) {
    return (
      `${setting} is busy: another process is writing to it (an npm run dev or npm start on the same file, or a migration in progress), so its migrations could not be applied. ` +
      "Start again once that process has finished starting up, or stop it; to run both side by side for good, give each its own DATABASE_URL."
    );
  }
  if (/readonly|read-only|SQLITE_READONLY|SQLITE_CANTOPEN|unable to open|permission denied/i.test(output)) {
    return `${setting} cannot be written, so its migrations cannot be applied. Let the user that runs the app write the file and its folder, then start again (or run ${DEPLOY} as a user who can).`;
  }
  const reason = output.split("\n").find((line) => /^Error:/.test(line.trim()) && !/External error/.test(line))?.trim();
  return `The migrations could not be applied to ${setting}${reason ? ` (${reason})` : ""}, so the database is not migrated. Run ${DEPLOY} to see Prisma's whole output.`;
}

/**
 * Applies the committed migrations, then checks that the database has exactly them: a
 * migration it lacks is a database this app would fail on at the first request, and one it
 * has that this checkout lacks means a newer version of the app migrated it. A SQLite database
 * is left in write-ahead-log mode (see sqlite-journal.ts).
 * Returns the problem, or null when the database is ready.
 */
export async function applyMigrations(projectDir: string, databaseUrl: string): Promise<string | null> {
  // Each database has its own migrations, found as prisma.config.ts finds them for the CLI.
  const migrationsDir = path.join(projectDir, "prisma", databaseProviderOf(databaseUrl) ?? "sqlite", "migrations");
  const setting = `DATABASE_URL=${withoutPassword(databaseUrl)}`;
  const known = knownMigrations(migrationsDir);
  const file = sqliteFile(databaseUrl, projectDir);
  if (file !== null && !existsSync(path.dirname(file))) {
    return `${setting}: the folder ${shownPath(projectDir, path.dirname(file))} does not exist, so the database cannot be created there. Create the folder, or point DATABASE_URL at a file in one that exists.`;
  }
  // Prisma reports this one as "External error id#0" and a backtrace.
  if (file !== null && !isSqliteOrEmpty(file)) return explainMigrationFailure("SQLITE_NOTADB", setting, known[0] ?? "");

  const upToDate = file !== null && hasEveryMigration(file, known);
  const run = upToDate ? null : spawnSync(path.join(projectDir, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: projectDir,
    encoding: "utf8",
    // Plain text to read: a terminal (or Playwright) may ask for colours, whose codes split the words.
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  if (run && run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
    return explainMigrationFailure(output, setting, known[0] ?? "<first migration>");
  }

  const db = createPrismaClient(databaseUrl);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]>(
      "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
    );
    const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
    const unknown = [...applied].filter((name) => !known.includes(name)).sort();
    if (unknown.length > 0) {
      return (
        `${setting} was migrated by a newer version of this app (${unknown.join(", ")} is not in ${path.relative(projectDir, migrationsDir)}), so this version does not match its tables. ` +
        "Start the newer version, or point DATABASE_URL at another database."
      );
    }
    const missing = known.filter((name) => !applied.has(name));
    if (missing.length > 0) return `${setting} is not migrated (${missing.join(", ")} not applied). Run ${DEPLOY}, then start again.`;
    if (file !== null) switchToWriteAheadLog(file);
    return null;
  } finally {
    await db.$disconnect();
  }
}
