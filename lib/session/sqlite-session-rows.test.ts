import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { temporaryDatabaseForFile } from "@/lib/testing/temporary-database";

import { sqliteSessionRowReader } from "./sqlite-session-rows";

const database = temporaryDatabaseForFile();

const rowFor = (idHash: string) => ({
  idHash,
  data: JSON.stringify({ data: { name: "Taro" }, permanent: true }),
  userId: 7,
  createdAt: new Date("2026-11-23T10:00:00.123Z"),
  lastSeenAt: new Date("2026-11-23T10:05:00.456Z"),
  expiresAt: new Date("2026-11-24T10:05:00.789Z"),
});

describe("SQLite session rows, read past Prisma", () => {
  it("reads a row exactly as Prisma returns it", async () => {
    await database.db.session.create({ data: rowFor("same-as-prisma") });
    const read = sqliteSessionRowReader(database.url);
    expect(read("same-as-prisma")).toEqual(await database.db.session.findUnique({ where: { idHash: "same-as-prisma" } }));
    expect(read("same-as-prisma")).toEqual(rowFor("same-as-prisma"));
  });

  it("hands out a row read exactly as before as the same frozen object, and a new one once any column changed", async () => {
    await database.db.session.create({ data: rowFor("read-twice") });
    const read = sqliteSessionRowReader(database.url);
    const first = read("read-twice");
    expect(read("read-twice")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const later = new Date("2026-11-23T10:06:00.000Z");
    await database.db.session.update({ where: { idHash: "read-twice" }, data: { lastSeenAt: later } });
    const touched = read("read-twice");
    expect(touched).not.toBe(first);
    expect(touched?.lastSeenAt).toEqual(later);
    expect(touched?.data).toBe(first?.data);
  });

  it("answers null for no such row, and sees Prisma's writes and deletes at once (every read asks the database)", async () => {
    const read = sqliteSessionRowReader(database.url);
    expect(read("comes-and-goes")).toBeNull();
    await database.db.session.create({ data: rowFor("comes-and-goes") });
    expect(read("comes-and-goes")?.userId).toBe(7);
    await database.db.session.update({ where: { idHash: "comes-and-goes" }, data: { data: "{}" } });
    expect(read("comes-and-goes")?.data).toBe("{}");
    await database.db.session.delete({ where: { idHash: "comes-and-goes" } });
    expect(read("comes-and-goes")).toBeNull();
  });

  it("reads SQLite's own timestamp text as UTC", async () => {
    await database.db.$executeRawUnsafe(`INSERT INTO "Session" ("idHash", "data", "expiresAt") VALUES ('defaults', '{}', '2026-11-24 10:00:00')`);
    const row = sqliteSessionRowReader(database.url)("defaults");
    expect(row?.expiresAt.toISOString()).toBe("2026-11-24T10:00:00.000Z");
    expect(row?.createdAt).toBeInstanceOf(Date);
  });

  it("leaves to Prisma (undefined) what it cannot read: a date it does not know, a missing file, a file that is not SQLite", async () => {
    await database.db.$executeRawUnsafe(`INSERT INTO "Session" ("idHash", "data", "expiresAt") VALUES ('odd-date', '{}', 'next tuesday')`);
    expect(sqliteSessionRowReader(database.url)("odd-date")).toBeUndefined();
    expect(sqliteSessionRowReader(`file:${path.join(tmpdir(), "no-such-dir-sbe", "none.db")}`)("x")).toBeUndefined();
    const notSqlite = path.join(tmpdir(), `sbe-not-sqlite-${process.pid}.db`);
    writeFileSync(notSqlite, "plain text, not a database");
    expect(sqliteSessionRowReader(`file:${notSqlite}`)("x")).toBeUndefined();
    rmSync(notSqlite);
  });
});
