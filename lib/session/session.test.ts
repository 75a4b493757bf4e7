import { describe, expect, it } from "vitest";

import { newRecord } from "./record";
import { REFRESH_INTERVAL_MS, Session, type SessionPersistence } from "./session";
import type { SessionRecord } from "./store";

/** Freezes a record through and through, so that any change the session makes to it throws. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Records what the session asked of its store and cookie, as a browser would see the outcome. */
function recordingPersistence() {
  const calls: string[] = [];
  let saved: SessionRecord | null = null;
  const persistence: SessionPersistence = {
    async save(token, change, read) {
      calls.push(`save:${token ?? "new"}`);
      const record = change(token === null ? null : read);
      saved = structuredClone(record);
      return { token: token ?? "token-1", record };
    },
    async regenerate(token, record) {
      calls.push(`regenerate:${token ?? "new"}`);
      saved = structuredClone(record);
      return "token-2";
    },
    async destroy(token) {
      calls.push(`destroy:${token ?? "none"}`);
      saved = null;
    },
  };
  return { persistence, calls, saved: () => saved };
}

const TTL = 600;
const OPTIONS = { timeouts: { idleSeconds: TTL, absoluteSeconds: TTL } };

describe("Session (Flask's session dict)", () => {
  it("sets, gets, pops and clears keys", () => {
    const session = new Session(newRecord(TTL), null, OPTIONS, recordingPersistence().persistence);
    session.set("color", "blue");
    expect(session.get("color")).toBe("blue");
    expect(session.keys()).toEqual(["color"]);
    expect(session.pop("color")).toBe("blue");
    expect(session.get("color")).toBeUndefined();
    expect(session.pop("color")).toBeUndefined();
    session.set("a", 1);
    session.clear();
    expect(session.data).toEqual({});
  });

  it("hands out copies, so a page cannot change the session by accident", () => {
    const session = new Session(newRecord(TTL), null, OPTIONS, recordingPersistence().persistence);
    session.set("cart", [{ id: 1 }]);
    (session.get("cart") as { id: number }[]).push({ id: 2 });
    session.data.cart = [];
    expect(session.get("cart")).toEqual([{ id: 1 }]);
  });

  it("changes its own copy, never the record it was read from, which save() replays the changes on", async () => {
    const { persistence, saved } = recordingPersistence();
    const read = { ...newRecord(TTL), data: { cart: [{ id: 1 }] } };
    const session = new Session(read, "token-0", OPTIONS, persistence);
    session.update("cart", (cart) => [...(cart as { id: number }[]), { id: 2 }]);
    session.set("color", "blue");
    expect(read.data).toEqual({ cart: [{ id: 1 }] });
    session.discardChanges();
    expect(session.data).toEqual({ cart: [{ id: 1 }] });
    session.set("color", "red");
    await session.save();
    expect(saved()?.data).toEqual({ cart: [{ id: 1 }], color: "red" });
    expect(read.data).toEqual({ cart: [{ id: 1 }] });
  });

  it("never changes the record it read, which the cookie store shares between requests", async () => {
    const { persistence, saved } = recordingPersistence();
    const now = Date.now();
    const read = frozen({ ...newRecord(TTL, now - 2 * REFRESH_INTERVAL_MS), data: { cart: [{ id: 1 }] } });
    const session = new Session(read, "token-0", OPTIONS, persistence);
    expect(session.get("cart")).toEqual([{ id: 1 }]);
    // Nothing changed, but the idle timeout is due a refresh: a save from the frozen record.
    await session.save();
    expect(saved()?.lastSeenAt).toBeGreaterThanOrEqual(now);
    const again = new Session(read, "token-0", OPTIONS, persistence);
    again.update("cart", (cart) => [...(cart as { id: number }[]), { id: 2 }]);
    again.permanent = true;
    again.set("color", "blue");
    again.pop("color");
    await again.save();
    expect(saved()).toMatchObject({ data: { cart: [{ id: 1 }, { id: 2 }] }, permanent: true });
    await again.regenerate();
    new Session(read, "token-0", OPTIONS, persistence).clear();
    expect(read.data).toEqual({ cart: [{ id: 1 }] });
  });

  it("saves what the request changed without working it out again when the store hands back the record it read", async () => {
    const { persistence, saved } = recordingPersistence();
    const session = new Session({ ...newRecord(TTL), data: { visits: 1 } }, "token-0", OPTIONS, persistence);
    let worked = 0;
    session.update("visits", (visits) => {
      worked++;
      return (visits as number) + 1;
    });
    await session.save();
    expect(saved()?.data).toEqual({ visits: 2 });
    // Once in memory; a store that writes whole records (cookie, file, Memcached) needs no replay.
    expect(worked).toBe(1);
    session.set("more", true);
    await session.save();
    expect(saved()?.data).toEqual({ visits: 2, more: true });
  });

  it("saves a new session and slides its expiry", async () => {
    const { persistence, calls, saved } = recordingPersistence();
    const stale = { ...newRecord(TTL), expiresAt: Date.now() + 1000 };
    const session = new Session(stale, null, OPTIONS, persistence);
    session.set("name", "Hanako");
    await session.save();
    expect(calls).toEqual(["save:new"]);
    expect(saved()?.expiresAt).toBeGreaterThan(Date.now() + (TTL - 5) * 1000);
    expect(session.isNew).toBe(false);
  });

  it("destroys instead of saving an empty session, as Flask drops an empty cookie", async () => {
    const { persistence, calls } = recordingPersistence();
    const session = new Session({ ...newRecord(TTL), data: { name: "x" } }, "token-9", OPTIONS, persistence);
    session.pop("name");
    await session.save();
    expect(calls).toEqual(["destroy:token-9"]);
  });

  it("keeps a permanent session even with no keys", async () => {
    const { persistence, calls, saved } = recordingPersistence();
    const session = new Session(newRecord(TTL), null, OPTIONS, persistence);
    session.permanent = true;
    await session.save();
    expect(calls).toEqual(["save:new"]);
    expect(saved()?.permanent).toBe(true);
  });

  it("regenerates onto a new token, keeping the data", async () => {
    const { persistence, calls, saved } = recordingPersistence();
    const session = new Session({ ...newRecord(TTL), data: { cart: [1] } }, "token-1", OPTIONS, persistence);
    await session.regenerate();
    expect(calls).toEqual(["regenerate:token-1"]);
    expect(saved()?.data).toEqual({ cart: [1] });
  });
});
