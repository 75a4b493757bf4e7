import "server-only";

import type memjs from "memjs";

import { CONFLICT, retryOnConflict } from "../conflict-retry";
import { SessionStoreUnavailableError } from "../errors";
import { cas, gets, type MemcachedConnection } from "@/lib/memcached-client";
import { keptUntil, parseRecord } from "../record";
import { hashSessionToken, isWellFormedToken, newSessionToken } from "../session-id";
import type { SessionRecord, SessionStore } from "../store";

/** Memcached reads an expiry above 30 days as a Unix time rather than a number of seconds. */
const RELATIVE_EXPIRY_LIMIT_SECONDS = 30 * 24 * 60 * 60;

/** The expiry to hand Memcached: seconds from now while it may, else the absolute time. */
function memcachedExpiry(expiresAt: number, now = Date.now()): number {
  const seconds = Math.ceil((expiresAt - now) / 1000);
  return seconds <= RELATIVE_EXPIRY_LIMIT_SECONDS ? Math.max(seconds, 1) : Math.ceil(expiresAt / 1000);
}

/**
 * Sessions as Memcached keys: Flask-Session's SESSION_TYPE = "memcached". The key is the prefix
 * and the SHA-256 of the id, the value the whole SessionRecord as JSON, and Memcached forgets it
 * by itself an hour after the session's timeout (keptUntil). Memcached cannot list its keys, so this store keeps no registry: the
 * admin page cannot list or end other people's sessions with it.
 */
export function memcachedStore(connection: MemcachedConnection, keyPrefix: string): SessionStore {
  const keyOf = (token: string) => `${keyPrefix}${hashSessionToken(token)}`;

  /** Every Memcached failure (refused, timed out, a server error) is one error the 503 page knows. */
  async function call<T>(command: (memcached: memjs.Client) => Promise<T>): Promise<T> {
    try {
      return await connection.run(command);
    } catch (error) {
      throw new SessionStoreUnavailableError("memcached", error);
    }
  }

  const encode = (record: SessionRecord) => JSON.stringify(record);

  async function create(record: SessionRecord): Promise<string> {
    const token = newSessionToken();
    // add, not set: it refuses a key that exists, so two sessions can never share one.
    const added = await call((memcached) => memcached.add(keyOf(token), encode(record), { expires: memcachedExpiry(keptUntil(record)) }));
    if (!added) throw new Error("Memcached already holds a key for a fresh random session id.");
    return token;
  }

  async function read(token: string): Promise<{ raw: string; record: SessionRecord | null } | null> {
    const { value } = await call((memcached) => memcached.get(keyOf(token)));
    if (value === null) return null;
    const raw = value.toString("utf8");
    return { raw, record: parseRecord(raw) };
  }

  return {
    kind: "memcached",

    async load(token) {
      if (!isWellFormedToken(token)) return null;
      const found = await read(token);
      // Memcached's own expiry has a one-second grain; the record's time is the one that counts.
      if (!found?.record || found.record.expiresAt <= Date.now()) return null;
      return found.record;
    },

    // A timed-out session's item outlives it by an hour (keptUntil), so its refusal can say so,
    // once: the item goes with it. An ended or a guessed id is unknown.
    async refusalOf(token) {
      if (!isWellFormedToken(token)) return { reason: "forged" };
      const found = await read(token);
      if (!found?.record) return { reason: "unknown" };
      if (found.record.expiresAt > Date.now()) return null;
      await call((memcached) => memcached.delete(keyOf(token)));
      return { reason: "expired", record: found.record };
    },

    async save(token, record) {
      if (token === null || !isWellFormedToken(token)) return create(record);
      // replace only writes a key that is still there: a session ended meanwhile stays ended.
      const replaced = await call((memcached) => memcached.replace(keyOf(token), encode(record), { expires: memcachedExpiry(keptUntil(record)) }));
      return replaced ? token : create(record);
    },

    // gets/cas: read the session with its CAS value, change it, and write it back only if the CAS
    // value is unchanged (nobody wrote in between); else read again and redo the change.
    async update(token, change) {
      if (!isWellFormedToken(token)) return null;
      return retryOnConflict("memcached", async () => {
        const found = await call((memcached) => gets(memcached, keyOf(token)));
        const current = found && parseRecord(found.value.toString("utf8"));
        if (!found || !current || current.expiresAt <= Date.now()) return null;
        const next = change(current);
        const stored = await call((memcached) => cas(memcached, keyOf(token), encode(next), found.cas, memcachedExpiry(keptUntil(next))));
        if (stored === "changed") return CONFLICT;
        return stored === "stored" ? { token, record: next } : null;
      });
    },

    async destroy(token) {
      if (isWellFormedToken(token)) await call((memcached) => memcached.delete(keyOf(token)));
    },

    async regenerate(token, record) {
      if (token !== null && isWellFormedToken(token)) await call((memcached) => memcached.delete(keyOf(token)));
      return create(record);
    },

    async describe(token) {
      if (!isWellFormedToken(token)) return null;
      const found = await read(token);
      if (found === null) return null;
      return [
        { label: "key", value: keyOf(token) },
        { label: "expiresAt", value: found.record ? new Date(found.record.expiresAt).toISOString() : "?" },
        { label: "data", value: found.raw },
      ];
    },

    async ping() {
      try {
        await connection.ping();
      } catch (error) {
        throw new SessionStoreUnavailableError("memcached", error);
      }
      // Memcached counts all its items, other applications' too, and cannot list keys by prefix.
      return { liveSessions: null };
    },
  };
}
