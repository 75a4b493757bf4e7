import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/sqlite";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import { newRecord } from "../record";
import { describeStoreContract } from "../testing/store-contract";
import { databaseStore, hashSessionToken } from "./database";

let db: PrismaClient;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ db, remove } = await createTemporaryDatabase());
});
afterAll(() => remove());

describeStoreContract("database", () => databaseStore(db), {
  revokesOldTokens: true,
  corrupt: async (token) => {
    await db.session.update({ where: { idHash: hashSessionToken(token) }, data: { data: "{not json" } });
  },
});

describe("database store", () => {
  it("hands out 256-bit random ids and stores only their hash", async () => {
    const store = databaseStore(db);
    const token = await store.save(null, { ...newRecord(3600), data: { user: { id: 7, name: "alice" } } });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.session.findUnique({ where: { idHash: hashSessionToken(token) } });
    expect(row).not.toBeNull();
    expect(row?.idHash).not.toContain(token);
    expect(row?.userId).toBe(7);
    expect(await db.session.count({ where: { idHash: token } })).toBe(0);
  });

  it("deletes the row on destroy and on regenerate", async () => {
    const store = databaseStore(db);
    const token = await store.save(null, { ...newRecord(3600), data: { name: "x" } });
    const fresh = await store.regenerate(token, { ...newRecord(3600), data: { name: "x" } });
    expect(await db.session.count({ where: { idHash: hashSessionToken(token) } })).toBe(0);
    await store.destroy(fresh);
    expect(await db.session.count({ where: { idHash: hashSessionToken(fresh) } })).toBe(0);
  });

  it("deletes an expired row when it is read", async () => {
    const store = databaseStore(db);
    const past = Date.now() - 1000;
    const token = await store.save(null, { data: { name: "old" }, permanent: false, createdAt: past - 1000, lastSeenAt: past - 1000, expiresAt: past });
    expect(await store.load(token)).toBeNull();
    expect(await db.session.count({ where: { idHash: hashSessionToken(token) } })).toBe(0);
  });

  it("treats a corrupt row as no session", async () => {
    const store = databaseStore(db);
    const token = await store.save(null, { ...newRecord(3600), data: { name: "x" } });
    await db.session.update({ where: { idHash: hashSessionToken(token) }, data: { data: "{not json" } });
    expect(await store.load(token)).toBeNull();
  });
});
