import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { findTestPostgres } from "@/lib/testing/store-servers";
import { createTemporaryDatabase, createTemporaryPostgresDatabase, type TemporaryDatabase } from "@/lib/testing/temporary-database";

import { SessionStoreUnavailableError } from "../errors";
import { newRecord } from "../record";
import { describeStoreContract } from "@/lib/testing/store-contract";
import { hashSessionToken } from "../session-id";
import { databaseStore } from "./database";

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

  it("refuses an expired row, then says whose it was and deletes it", async () => {
    const store = databaseStore(db);
    const past = Date.now() - 1000;
    const token = await store.save(null, { data: { name: "old" }, permanent: false, createdAt: past - 1000, lastSeenAt: past - 1000, expiresAt: past });
    expect(await store.load(token)).toBeNull();
    const refusal = await store.refusalOf!(token);
    expect(refusal?.reason === "expired" && refusal.record?.data).toEqual({ name: "old" });
    expect(await db.session.count({ where: { idHash: hashSessionToken(token) } })).toBe(0);
    // Gone now: an id the store does not know, as a guessed one.
    expect(await store.refusalOf!(token)).toEqual({ reason: "unknown" });
    expect(await store.refusalOf!("not-a-token")).toEqual({ reason: "forged" });
  });

  it("treats a corrupt row as no session", async () => {
    const store = databaseStore(db);
    const token = await store.save(null, { ...newRecord(3600), data: { name: "x" } });
    await db.session.update({ where: { idHash: hashSessionToken(token) }, data: { data: "{not json" } });
    expect(await store.load(token)).toBeNull();
  });
});

describe("database store, purging", () => {
  it("purges expired rows when a session is created, and keeps live ones", async () => {
    const past = Date.now() - 1000;
    const expired = { data: { name: "old" }, permanent: false, createdAt: past - 1000, lastSeenAt: past - 1000, expiresAt: past };
    await databaseStore(db).save(null, expired);
    await databaseStore(db).save(null, expired);
    const live = await databaseStore(db).save(null, newRecord(3600));
    // A new store instance has never purged, so its first new session purges.
    await databaseStore(db).save(null, newRecord(3600));
    expect(await db.session.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
    expect(await db.session.count({ where: { idHash: hashSessionToken(live) } })).toBe(1);
  });
});

describe("database store with its server gone", () => {
  it("says the store is unavailable instead of failing with the driver's error", async () => {
    // Nothing listens on port 1.
    const unreachable = createPrismaClient("postgres://nobody@127.0.0.1:1/none");
    try {
      await expect(databaseStore(unreachable).load("A".repeat(43))).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    } finally {
      await unreachable.$disconnect();
    }
  });
});

const postgres = await findTestPostgres();
if (!postgres.available) console.log(`Database store on PostgreSQL ${postgres.skipNote}`);

describe.skipIf(!postgres.available)(`database store on PostgreSQL (${postgres.available ? "on" : postgres.skipNote})`, () => {
  let temporary: TemporaryDatabase;
  beforeAll(async () => {
    temporary = await createTemporaryPostgresDatabase(postgres.url);
  });
  afterAll(() => temporary.remove());

  describeStoreContract("database (PostgreSQL)", () => databaseStore(temporary.db), {
    revokesOldTokens: true,
    hangingServer: {
      kind: "postgres",
      storeOn: async (server) => {
        const own = await createTemporaryPostgresDatabase(server.url);
        return { store: databaseStore(own.db), close: () => own.remove() };
      },
    },
  });

  it("stores only the hash on PostgreSQL too", async () => {
    const token = await databaseStore(temporary.db).save(null, { ...newRecord(3600), data: { user: { id: 9 } } });
    const row = await temporary.db.session.findUnique({ where: { idHash: hashSessionToken(token) } });
    expect(row?.userId).toBe(9);
  });
});
