import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTemporaryDatabase, type TemporaryDatabase } from "@/lib/testing/temporary-database";

import { switchToWriteAheadLog } from "./sqlite-journal";

let database: TemporaryDatabase;
const fileOf = (url: string) => url.slice("file:".length);

/** A session row's userId, read through a connection of its own as another reader would; undefined when SQLite is busy. */
function readUserId(url: string, idHash: string): number | undefined {
  const reader = new Database(fileOf(url), { readonly: true, timeout: 1000 });
  try {
    return reader.prepare<[string], { userId: number }>('SELECT "userId" FROM "Session" WHERE "idHash" = ?').get(idHash)?.userId;
  } catch {
    return undefined;
  } finally {
    reader.close();
  }
}

async function withCommittedSession(): Promise<TemporaryDatabase> {
  const created = await createTemporaryDatabase();
  await created.db.session.create({
    data: { idHash: "committed", data: JSON.stringify({ data: {}, permanent: false }), userId: 7, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return created;
}

beforeAll(async () => {
  database = await withCommittedSession();
});
afterAll(() => database.remove());

/** Runs `during` while another connection holds the write lock it takes to commit. */
function whileAnotherConnectionCommits<T>(url: string, during: () => T): T {
  const writer = new Database(fileOf(url));
  try {
    writer.exec("BEGIN EXCLUSIVE");
    writer.prepare(`DELETE FROM "Session"`).run();
    try {
      return during();
    } finally {
      writer.exec("ROLLBACK");
    }
  } finally {
    writer.close();
  }
}

describe("SQLite in write-ahead-log mode", () => {
  it("is the mode start-up leaves a new database in, and the one every later connection finds", () => {
    // createTemporaryDatabase prepares the file with start-up's applyMigrations.
    const other = new Database(fileOf(database.url), { readonly: true });
    expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    other.close();
    expect(switchToWriteAheadLog(fileOf(database.url))).toBe("wal");
  });

  it("lets a session read go on while another connection is writing, and shows what was committed", () => {
    expect(whileAnotherConnectionCommits(database.url, () => readUserId(database.url, "committed"))).toBe(7);
  });

  it("(why: in SQLite's default rollback journal, the same read cannot get in)", async () => {
    const rollbackJournal = await withCommittedSession();
    try {
      // Leaving WAL takes the only connection to the file.
      await rollbackJournal.db.$disconnect();
      const connection = new Database(fileOf(rollbackJournal.url));
      expect(connection.pragma("journal_mode = DELETE", { simple: true })).toBe("delete");
      connection.close();
      // undefined: the reader waited out its busy timeout and gave up.
      expect(whileAnotherConnectionCommits(rollbackJournal.url, () => readUserId(rollbackJournal.url, "committed"))).toBeUndefined();
    } finally {
      await rollbackJournal.remove();
    }
  });
});
