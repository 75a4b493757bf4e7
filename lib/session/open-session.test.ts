import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/sqlite";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import type { SessionStore } from "./store";
import { sealedCookieStore } from "./stores/cookie";
import { hashSessionToken } from "./session-id";
import { databaseStore } from "./stores/database";
import { BROWSER, openWith, TEST_SECRET, testClock, testConfig } from "@/lib/testing/open-session-with";

let db: PrismaClient;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ db, remove } = await createTemporaryDatabase());
});
afterAll(() => remove());

const MINUTE = 60_000;
const config = testConfig({ SESSION_IDLE_SECONDS: "1800", SESSION_TTL_SECONDS: "86400" });

/** Counts the writes a store is asked for, to prove which requests write and which do not. */
function counting(store: SessionStore) {
  const counter = { writes: 0 };
  const counted: SessionStore = {
    ...store,
    save: (token, record) => {
      counter.writes++;
      return store.save(token, record);
    },
    update: store.update && ((token, change) => (counter.writes++, store.update!(token, change))),
  };
  return { store: counted, counter };
}

async function startSession(store: SessionStore, clock: () => number) {
  const { session, cookie } = await openWith(store, null, { config, clock });
  session.set("name", "Hanako");
  await session.save();
  return cookie()!;
}

describe.each([
  ["cookie", () => sealedCookieStore([TEST_SECRET], 86400)],
  ["database", () => databaseStore(db)],
])("timeouts in the %s store, checked on the server", (_name, makeStore) => {
  it("ends a session idle for longer than SESSION_IDLE_SECONDS", async () => {
    const store = makeStore();
    const clock = testClock();
    const token = await startSession(store, clock.now);
    clock.advance(29 * MINUTE);
    expect((await openWith(store, token, { config, clock: clock.now })).session.get("name")).toBe("Hanako");
    clock.advance(31 * MINUTE);
    const late = await openWith(store, token, { config, clock: clock.now });
    expect(late.refused).toBe(true);
    expect(late.session.get("name")).toBeUndefined();
  });

  it("keeps a busy session alive, but never past the absolute timeout", async () => {
    const store = makeStore();
    const clock = testClock();
    let token = await startSession(store, clock.now);
    // A request every 20 minutes for 23 hours: never idle for 30 minutes.
    for (let elapsed = 0; elapsed < 23 * 60; elapsed += 20) {
      clock.advance(20 * MINUTE);
      const { session, refused, cookie } = await openWith(store, token, { config, clock: clock.now });
      expect(refused).toBe(false);
      session.set("visits", elapsed);
      await session.save();
      token = cookie()!;
    }
    clock.advance(61 * MINUTE + 20 * MINUTE); // 24h40 since it began: past the absolute day
    expect((await openWith(store, token, { config, clock: clock.now })).refused).toBe(true);
  });

  it("refreshes the idle timeout with a write at most once a minute", async () => {
    const { store, counter } = counting(makeStore());
    const clock = testClock();
    const token = await startSession(store, clock.now);
    counter.writes = 0;

    clock.advance(30_000);
    const soon = await openWith(store, token, { config, clock: clock.now });
    await soon.session.save();
    expect(counter.writes).toBe(0);

    clock.advance(40_000);
    const later = await openWith(store, token, { config, clock: clock.now });
    await later.session.save();
    expect(counter.writes).toBe(1);
    expect(later.session.lastSeenAt.getTime()).toBe(clock.now());
  });

  it("ends a session presented by another browser when SESSION_BIND=ua", async () => {
    const store = makeStore();
    const bound = testConfig({ SESSION_BIND: "ua" });
    const { session, cookie } = await openWith(store, null, { config: bound });
    session.set("name", "Hanako");
    await session.save();
    const token = cookie()!;

    expect((await openWith(store, token, { config: bound, client: { ...BROWSER, ip: "198.51.100.9" } })).refused).toBe(false);
    const elsewhere = await openWith(store, token, { config: bound, client: { ...BROWSER, userAgent: "curl/8.5" } });
    expect(elsewhere.refused).toBe(true);
  });

  it("ends it when the address changes too, with SESSION_BIND=ua+ip", async () => {
    const store = makeStore();
    const bound = testConfig({ SESSION_BIND: "ua+ip" });
    const { session, cookie } = await openWith(store, null, { config: bound });
    session.set("name", "Hanako");
    await session.save();
    expect((await openWith(store, cookie(), { config: bound, client: { ...BROWSER, ip: "198.51.100.9" } })).refused).toBe(true);
  });
});

describe("the database store's timeouts", () => {
  it("deletes the row of a session that timed out", async () => {
    const store = databaseStore(db);
    const clock = testClock();
    const token = await startSession(store, clock.now);
    clock.advance(31 * MINUTE);
    await openWith(store, token, { config, clock: clock.now });
    expect(await db.session.count({ where: { idHash: hashSessionToken(token) } })).toBe(0);
  });
});

describe("secret rotation (SESSION_SECRET=new,old)", () => {
  const OLD = "old-secret-0123456789abcdef0123456789";
  const NEW = "new-secret-0123456789abcdef0123456789";

  it("reads a cookie sealed with the older secret and re-seals it with the newest", async () => {
    const before = await openWith(sealedCookieStore([OLD], 86400), null, { config });
    before.session.set("name", "Hanako");
    await before.session.save();
    const oldCookie = before.cookie()!;

    const rotated = sealedCookieStore([NEW, OLD], 86400);
    const after = await openWith(rotated, oldCookie, { config });
    expect(after.session.get("name")).toBe("Hanako");
    await after.session.save(); // nothing changed, but the seal is old: written again
    const resealed = after.cookie()!;
    expect(resealed).not.toBe(oldCookie);

    // The new cookie opens with the new secret alone; the old one no longer does.
    expect((await openWith(sealedCookieStore([NEW], 86400), resealed, { config })).session.get("name")).toBe("Hanako");
    expect((await openWith(sealedCookieStore([NEW], 86400), oldCookie, { config })).refused).toBe(true);
  });
});

describe("the Set-Cookie a save sends", () => {
  it("a server-side store sends its id once: later changes stay in the store, and the browser's cookie stays as it is", async () => {
    const store = databaseStore(db);
    const token = await startSession(store, Date.now);

    const next = await openWith(store, token, { config });
    next.session.update("cart", () => ({ "item-1": 1 }));
    await next.session.save();
    expect(next.setCookies()).toEqual([]);
    expect((await store.load(token))?.data.cart).toEqual({ "item-1": 1 });
  });

  it("a server-side store sends it again when the session becomes permanent or stops being so: its Max-Age changes", async () => {
    const store = databaseStore(db);
    const token = await startSession(store, Date.now);

    const madePermanent = await openWith(store, token, { config });
    madePermanent.session.permanent = true;
    await madePermanent.session.save();
    expect(madePermanent.setCookies()).toEqual([{ value: token, maxAge: 86400 }]);

    const madeTemporary = await openWith(store, token, { config });
    madeTemporary.session.permanent = false;
    await madeTemporary.session.save();
    expect(madeTemporary.setCookies()).toEqual([{ value: token, maxAge: undefined }]);
  });

  it("the sealed cookie is the session: every change sends a new one", async () => {
    const store = sealedCookieStore([TEST_SECRET], 86400);
    const token = await startSession(store, Date.now);

    const next = await openWith(store, token, { config });
    next.session.update("cart", () => ({ "item-1": 1 }));
    await next.session.save();
    expect(next.setCookies()).toHaveLength(1);
    expect(next.cookie()).not.toBe(token);
  });
});

describe("concurrent writes to one session (database store)", () => {
  it("loses no item when fifty requests add to one cart at once", async () => {
    const store = databaseStore(db);
    const token = await startSession(store, Date.now);
    // Fifty requests that all read the session before any of them writes.
    const requests = await Promise.all(Array.from({ length: 50 }, () => openWith(store, token, { config })));
    await Promise.all(
      requests.map(async ({ session }, index) => {
        session.update("cart", (cart) => ({ ...(cart as Record<string, number> | undefined), [`item-${index}`]: 1 }));
        await session.save();
      }),
    );
    const cart = (await store.load(token))?.data.cart as Record<string, number>;
    expect(Object.keys(cart)).toHaveLength(50);
  });

  it("does not bring back a session ended while a request was in flight", async () => {
    const store = databaseStore(db);
    const { session, cookie } = await openWith(store, null, { config });
    session.set("user", { id: 1 });
    await session.save();
    const inFlight = await openWith(store, cookie(), { config });
    await store.destroy(cookie()!); // logged out in another tab
    inFlight.session.update("cart", () => ({ "item-1": 1 }));
    await inFlight.session.save();
    expect(inFlight.cookie()).not.toBe(cookie());
    expect(inFlight.setCookies()).toHaveLength(1);
    expect(inFlight.session.get("user")).toBeUndefined();
    expect(inFlight.session.get("cart")).toEqual({ "item-1": 1 });
  });
});
