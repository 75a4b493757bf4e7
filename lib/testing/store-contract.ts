// The behaviour every SessionStore promises, written once and run against each store: a new store
// proves itself by passing it, and a store that differs from the others fails here, not in a page.
// Each store's test file calls this with a factory.
import { beforeEach, describe, expect, it } from "vitest";

import { cannotStart, startPrivateServer, type PrivateServer, type PrivateServerKind } from "@/lib/testing/private-servers";

import { SessionStoreUnavailableError, SessionTooLargeError } from "@/lib/session/errors";
import { newRecord } from "@/lib/session/record";
import { limitingSize, storedSizeOf } from "@/lib/session/size-limit";
import { REGISTRY_LIST_LIMIT, type SessionRecord, type SessionStore } from "@/lib/session/store";

export interface StoreContractOptions {
  /** Server-side stores can end a session for good; a sealed cookie cannot revoke a copy. */
  revokesOldTokens: boolean;
  /** Whether it can list every session (a registry); Memcached revokes but cannot list its keys. Defaults to revokesOldTokens. */
  listsSessions?: boolean;
  /**
   * Damages what the store keeps for a token (bad JSON, a half-written value), to prove that a
   * corrupt entry reads as no session. Left out by a store that keeps nothing (the cookie).
   */
  corrupt?: (token: string) => Promise<void>;
  /**
   * A store on a server of the test's own, which the suite hangs (SIGSTOP) and resumes: `kind` names
   * the server, `storeOn` builds the store on it and says how to let go of it after.
   */
  hangingServer?: {
    kind: PrivateServerKind;
    storeOn: (server: PrivateServer) => Promise<{ store: SessionStore; close: () => Promise<void> }>;
  };
}

/** How long a request may wait for a hung store's server before it answers 503. */
const HUNG_SERVER_DEADLINE_MS = 3000;

const TTL_SECONDS = 3600;

const recordWith = (data: SessionRecord["data"], overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  ...newRecord(TTL_SECONDS),
  data,
  ...overrides,
});

export function describeStoreContract(name: string, makeStore: () => Promise<SessionStore> | SessionStore, options: StoreContractOptions) {
  describe(`${name} store: the SessionStore contract`, () => {
    let store: SessionStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it("knows nothing of a token it never issued", async () => {
      expect(await store.load("never-issued")).toBeNull();
      expect(await store.load("")).toBeNull();
    });

    it("gives back what it saved", async () => {
      const record = recordWith({ name: "Hanako", cart: [{ id: 1, qty: 2 }] }, { permanent: true });
      const token = await store.save(null, record);
      expect(token).toEqual(expect.any(String));
      const loaded = await store.load(token);
      expect(loaded?.data).toEqual(record.data);
      expect(loaded?.permanent).toBe(true);
      expect(loaded?.createdAt).toBe(record.createdAt);
      expect(loaded?.lastSeenAt).toBe(record.lastSeenAt);
      expect(loaded?.expiresAt).toBe(record.expiresAt);
    });

    it("saves changes to an existing session", async () => {
      const token = await store.save(null, recordWith({ count: 1 }));
      const updated = await store.save(token, recordWith({ count: 2 }));
      expect((await store.load(updated))?.data).toEqual({ count: 2 });
    });

    it("forgets a destroyed session", async () => {
      const token = await store.save(null, recordWith({ name: "Taro" }));
      await store.destroy(token);
      if (options.revokesOldTokens) expect(await store.load(token)).toBeNull();
    });

    it("moves a session to a new token on regenerate", async () => {
      const old = await store.save(null, recordWith({ user: { id: 1 } }));
      const fresh = await store.regenerate(old, recordWith({ user: { id: 1 } }));
      expect(fresh).not.toBe(old);
      expect((await store.load(fresh))?.data).toEqual({ user: { id: 1 } });
      if (options.revokesOldTokens) expect(await store.load(old)).toBeNull();
    });

    it("refuses an expired session", async () => {
      const past = Date.now() - 1000;
      const token = await store.save(null, recordWith({ name: "old" }, { createdAt: past - 5000, expiresAt: past }));
      expect(await store.load(token)).toBeNull();
    });

    it("tells a session that timed out from an unknown one, with what it held, for the log", async () => {
      if (!store.refusalOf) return;
      const token = await store.save(null, recordWith({ name: "soon" }, { expiresAt: Date.now() + 300 }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await store.load(token)).toBeNull();
      expect(await store.refusalOf(token)).toMatchObject({ reason: "expired", record: { data: { name: "soon" } } });
    });

    it("refuses a tampered or truncated token", async () => {
      const token = await store.save(null, recordWith({ role: "user" }));
      const flipped = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
      expect(await store.load(flipped)).toBeNull();
      expect(await store.load(token.slice(0, Math.floor(token.length / 2)))).toBeNull();
      expect(await store.load(`${token}x`)).toBeNull();
    });

    it("says why it refused a token, for the security log", async () => {
      if (!store.refusalOf) return;
      expect(await store.refusalOf("not a token, not a seal")).toEqual({ reason: "forged" });
      const past = Date.now() - 1000;
      const expired = await store.save(null, recordWith({ name: "old" }, { createdAt: past - 5000, expiresAt: past }));
      expect(await store.load(expired)).toBeNull();
      // A store that forgets a session at its expiry (Redis, Memcached) can no longer tell it from an unknown one.
      expect(["expired", "unknown"]).toContain((await store.refusalOf(expired))?.reason);
      if (!options.revokesOldTokens) return;
      const ended = await store.save(null, recordWith({ name: "soon ended" }));
      await store.destroy(ended);
      expect(await store.refusalOf(ended)).toEqual({ reason: "unknown" });
    });

    it("refuses a write over SESSION_MAX_BYTES with a clear error, and keeps what it had", async () => {
      const kept = recordWith({ note: "small" });
      const limit = storedSizeOf(kept) + 1000;
      const limited = limitingSize(store, limit);
      const token = await limited.save(null, kept);
      const tooBig = { note: "x".repeat(2000) };

      await expect(limited.save(token, recordWith(tooBig))).rejects.toThrow(/bytes in the store, over its \d+-byte limit \(SESSION_MAX_BYTES\), so nothing was saved/);
      await expect(limited.regenerate(token, recordWith(tooBig))).rejects.toBeInstanceOf(SessionTooLargeError);
      if (limited.update) {
        const refused = limited.update(token, (current) => ({ ...current, data: tooBig }));
        await expect(refused).rejects.toMatchObject({ sizeBytes: expect.any(Number), limitBytes: limit, keptIn: "store" });
      }
      // Nothing half-written: the session is still the one saved before, under the same token.
      expect((await store.load(token))?.data).toEqual({ note: "small" });
      await expect(limited.save(null, recordWith(tooBig))).rejects.toBeInstanceOf(SessionTooLargeError);
      if (store.registry) expect((await store.registry.list()).some((entry) => entry.data.note === tooBig.note)).toBe(false);
    });

    it("lists, and ends by id, every live session when it keeps a registry", async () => {
      if (!store.registry) return expect(options.listsSessions ?? options.revokesOldTokens).toBe(false);
      const mine = await store.save(null, recordWith({ user: { id: 4242 } }));
      const listed = (await store.registry.list()).filter((entry) => entry.userId === 4242);
      expect(listed).toHaveLength(1);
      expect(listed[0]?.id).not.toBe(mine);
      await store.registry.endById(listed[0]!.id);
      expect(await store.load(mine)).toBeNull();
    });

    it("lists every session of one user, however many others are live", async () => {
      if (!store.registry) return;
      const userId = 7373;
      // Used (and so expiring) a minute and a second before the others, whichever a store sorts by.
      const before = (ms: number) => ({ lastSeenAt: Date.now() - ms, expiresAt: Date.now() + TTL_SECONDS * 1000 - ms });
      const older = await store.save(null, recordWith({ user: { id: userId } }, before(60_000)));
      const newer = await store.save(null, recordWith({ user: { id: userId } }, before(1000)));
      // A full page of more recent sessions of others: the whole list has no room left for this user's.
      for (let batch = 0; batch < REGISTRY_LIST_LIMIT; batch += 50) {
        await Promise.all(Array.from({ length: 50 }, () => store.save(null, recordWith({ user: { id: 8484 } }))));
      }
      const everyone = await store.registry.list();
      expect(everyone).toHaveLength(REGISTRY_LIST_LIMIT);
      expect(everyone.some((entry) => entry.userId === userId)).toBe(false);

      const theirs = await store.registry.list(userId);
      expect(theirs.map((entry) => entry.userId)).toEqual([userId, userId]);
      expect(theirs[0]!.lastSeenAt.getTime()).toBeGreaterThan(theirs[1]!.lastSeenAt.getTime());
      await store.registry.endById(theirs[1]!.id);
      expect(await store.load(older)).toBeNull();
      expect(await store.load(newer)).not.toBeNull();
      await store.registry.endAllForUser(8484);
    });

    it("ends all of one user's sessions", async () => {
      if (!store.registry) return;
      const first = await store.save(null, recordWith({ user: { id: 5151 } }));
      const second = await store.save(null, recordWith({ user: { id: 5151 } }));
      const other = await store.save(null, recordWith({ user: { id: 6161 } }));
      expect(await store.registry.endAllForUser(5151)).toBe(2);
      expect(await store.load(first)).toBeNull();
      expect(await store.load(second)).toBeNull();
      expect(await store.load(other)).not.toBeNull();
    });

    it("answers a ping", async () => {
      const { liveSessions } = await store.ping();
      if (liveSessions !== null) expect(liveSessions).toBeGreaterThanOrEqual(0);
    });

    it("treats corrupt stored data as no session", async () => {
      if (!options.corrupt) return;
      const token = await store.save(null, recordWith({ name: "soon corrupt" }));
      await options.corrupt(token);
      expect(await store.load(token)).toBeNull();
    });

    it("survives concurrent writes to one session: the last write wins whole, nothing is corrupted", async () => {
      const token = await store.save(null, recordWith({ writer: 0 }));
      const writers = Array.from({ length: 12 }, (_, index) => index + 1);
      const payload = (writer: number) => ({ writer, items: Array.from({ length: 50 }, (_, item) => `${writer}-${item}`) });
      const tokens = await Promise.all(writers.map((writer) => store.save(token, recordWith(payload(writer)))));
      // A server-side store keeps the same id; a cookie store hands each writer its own seal.
      if (options.revokesOldTokens) expect(new Set(tokens)).toEqual(new Set([token]));
      for (const written of new Set(tokens)) {
        const loaded = await store.load(written);
        expect(loaded).not.toBeNull();
        expect(writers.map(payload)).toContainEqual(loaded!.data);
      }
    });

    it("keeps every one of fifty concurrent updates to one session", async () => {
      // A sealed cookie has no stored record to update: each response carries its own.
      if (!options.revokesOldTokens) return expect(store.update).toBeUndefined();
      const token = await store.save(null, recordWith({ items: [] }));
      const addItem = (item: number) => (current: SessionRecord) => ({ ...current, data: { ...current.data, items: [...(current.data.items as number[]), item] } });
      const results = await Promise.all(Array.from({ length: 50 }, (_, item) => store.update!(token, addItem(item))));
      expect(results.map((result) => result?.token)).toEqual(Array(50).fill(token));
      const items = (await store.load(token))?.data.items as number[];
      expect([...items].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, item) => item));
    });

    it("updates nothing for a session that is not there", async () => {
      if (!store.update) return;
      const token = await store.save(null, recordWith({ name: "soon gone" }));
      await store.destroy(token);
      expect(await store.update(token, (current) => current)).toBeNull();
      expect(await store.load(token)).toBeNull();
    });

    it("keeps sessions apart", async () => {
      const first = await store.save(null, recordWith({ name: "first" }));
      const second = await store.save(null, recordWith({ name: "second" }));
      expect(first).not.toBe(second);
      expect((await store.load(first))?.data).toEqual({ name: "first" });
      expect((await store.load(second))?.data).toEqual({ name: "second" });
    });

    const hanging = options.hangingServer;
    const unavailable = hanging ? cannotStart(hanging.kind) : null;
    it.skipIf(!hanging || unavailable)(
      `answers SessionStoreUnavailableError within 3 s while its server hangs, and works again once it resumes${unavailable ? ` (${unavailable})` : ""}`,
      async () => {
        const server = await startPrivateServer(hanging!.kind);
        const { store, close } = await hanging!.storeOn(server);
        try {
          const token = await store.save(null, recordWith({ name: "kept" }));
          await server.hang();
          for (const call of [() => store.load(token), () => store.ping(), () => store.update?.(token, (current) => current) ?? store.save(token, recordWith({}))]) {
            const started = Date.now();
            await expect(call()).rejects.toBeInstanceOf(SessionStoreUnavailableError);
            expect(Date.now() - started).toBeLessThan(HUNG_SERVER_DEADLINE_MS);
          }
          server.resume();
          // The same store, no restart: the next call reaches the server and finds the session.
          expect((await store.load(token))?.data).toEqual({ name: "kept" });
          expect(await store.ping()).toBeDefined();
        } finally {
          server.resume();
          await close();
          await server.stop();
        }
      },
      60_000,
    );
  });
}
