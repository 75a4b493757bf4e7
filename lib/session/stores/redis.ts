import "server-only";

import type Redis from "ioredis";

import { firstConnection, isRedisUnreachable } from "@/lib/redis-client";

import { CONFLICT, retryOnConflict } from "../conflict-retry";
import { keptUntil, parseRecord } from "../record";
import { endingByHash, hashSessionToken, isWellFormedToken, newSessionToken, summaryOf, userIdOf } from "../session-id";
import { REGISTRY_LIST_LIMIT, type SessionRecord, type SessionStore } from "../store";
import { reportingUnavailable } from "../store-guard";

/**
 * Compare-and-set, run inside Redis so nothing can come between the check and the write: the new
 * value goes in only if the key still holds exactly what the caller read. (WATCH/MULTI would need
 * a connection per request; the app shares one.)
 */
const COMPARE_AND_SET = `
if redis.call("GET", KEYS[1]) ~= ARGV[1] then return 0 end
redis.call("SET", KEYS[1], ARGV[2], "PXAT", ARGV[3])
return 1`;

/**
 * Server-side sessions in Redis: Flask-Session's SESSION_TYPE = "redis". Keys, under the prefix
 * (Flask-Session's SESSION_KEY_PREFIX) so that several apps can share one Redis:
 * - `<prefix><sha256 of the token>`: the whole SessionRecord as JSON, which Redis deletes by itself
 *   an hour after the session's timeout (keptUntil in ../record.ts): nothing to purge;
 * - `<prefix>index`: a sorted set of every session's hash, scored by its expiry, so the admin page
 *   can list sessions and the inspector count live ones without scanning the keyspace;
 * - `<prefix>user:<id>`: the same per user, so all of one user's sessions can be ended.
 * The two sets only point at sessions; an entry whose session has expired is skipped and trimmed.
 */
export function redisStore(redis: Redis, prefix: string): SessionStore {
  const sessionKey = (idHash: string) => `${prefix}${idHash}`;
  const indexKey = `${prefix}index`;
  const userKey = (userId: number) => `${prefix}user:${userId}`;

  /** The record a key holds, live or timed out; null for none or a corrupt one. */
  const recordIn = (value: string | null) => (value === null ? null : parseRecord(value));

  /** The record a key holds while its session lives. */
  function parse(value: string | null): SessionRecord | null {
    const record = recordIn(value);
    return record && record.expiresAt > Date.now() ? record : null;
  }

  /** Points the index (and the user's index) at a session that now expires at `expiresAt`. */
  function indexWrites(transaction: ReturnType<Redis["multi"]>, idHash: string, record: SessionRecord, previous?: SessionRecord | null) {
    const previousUser = userIdOf(previous?.data ?? {});
    if (previousUser !== null && previousUser !== userIdOf(record.data)) transaction.zrem(userKey(previousUser), idHash);
    transaction.zadd(indexKey, record.expiresAt, idHash);
    const userId = userIdOf(record.data);
    if (userId !== null) {
      transaction.zadd(userKey(userId), record.expiresAt, idHash);
      // The user's set lives as long as their longest session: NX sets a first expiry, GT extends it.
      transaction.pexpireat(userKey(userId), record.expiresAt, "NX");
      transaction.pexpireat(userKey(userId), record.expiresAt, "GT");
    }
  }

  async function create(record: SessionRecord): Promise<string> {
    const token = newSessionToken();
    // Already past its expiry (a clock, a test): nothing worth storing, and load() will refuse it.
    if (record.expiresAt <= Date.now()) return token;
    const idHash = hashSessionToken(token);
    const transaction = redis.multi().set(sessionKey(idHash), JSON.stringify(record), "PXAT", keptUntil(record), "NX");
    indexWrites(transaction, idHash, record);
    await transaction.exec();
    return token;
  }

  /** Deletes one session and its index entries; true when it was there. */
  async function remove(idHash: string): Promise<boolean> {
    const previous = await redis.getdel(sessionKey(idHash));
    const userId = previous === null ? null : userIdOf(recordIn(previous)?.data ?? {});
    const transaction = redis.multi().zrem(indexKey, idHash);
    if (userId !== null) transaction.zrem(userKey(userId), idHash);
    await transaction.exec();
    return previous !== null;
  }

  return reportingUnavailable(
    {
      kind: "redis",

      async load(token) {
        if (!isWellFormedToken(token)) return null;
        return parse(await redis.get(sessionKey(hashSessionToken(token))));
      },

      // A timed-out session's key outlives it by an hour (keptUntil), so its refusal can say so,
      // once: the key goes with it. An ended or a guessed id is unknown.
      async refusalOf(token) {
        if (!isWellFormedToken(token)) return { reason: "forged" };
        const idHash = hashSessionToken(token);
        const record = recordIn(await redis.get(sessionKey(idHash)));
        if (record === null) return { reason: "unknown" };
        if (record.expiresAt > Date.now()) return null;
        await remove(idHash);
        return { reason: "expired", record };
      },

      async save(token, record) {
        if (token === null || !isWellFormedToken(token)) return create(record);
        if (record.expiresAt <= Date.now()) {
          await remove(hashSessionToken(token));
          return create(record);
        }
        const idHash = hashSessionToken(token);
        // XX: only if it still exists. A session ended elsewhere meanwhile stays ended, and this
        // request gets a new one. GET returns what it replaced, to move the user index if need be.
        const previous = await redis.set(sessionKey(idHash), JSON.stringify(record), "PXAT", keptUntil(record), "XX", "GET");
        if (previous === null) return create(record);
        const transaction = redis.multi();
        indexWrites(transaction, idHash, record, parse(previous));
        await transaction.exec();
        return token;
      },

      // Read, change, and write back only if nobody wrote in between; else read again and redo.
      async update(token, change) {
        if (!isWellFormedToken(token)) return null;
        const idHash = hashSessionToken(token);
        return retryOnConflict("redis", async () => {
          const stored = await redis.get(sessionKey(idHash));
          const current = parse(stored);
          if (current === null) return null;
          const next = change(current);
          const swapped = await redis.eval(COMPARE_AND_SET, 1, sessionKey(idHash), stored!, JSON.stringify(next), keptUntil(next));
          if (swapped !== 1) return CONFLICT;
          const transaction = redis.multi();
          indexWrites(transaction, idHash, next, current);
          await transaction.exec();
          return { token, record: next };
        });
      },

      ...endingByHash(remove, create),

      async describe(token) {
        if (!isWellFormedToken(token)) return null;
        const key = sessionKey(hashSessionToken(token));
        const [value, ttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
        if (value === null || ttl < 0) return null;
        return [
          { label: "key", value: key },
          { label: "ttl", value: `${Math.ceil(ttl / 1000)} s` },
          { label: "value", value },
        ];
      },

      async ping() {
        return { liveSessions: await redis.zcount(indexKey, `(${Date.now()}`, "+inf") };
      },

      registry: {
        async list(userId) {
          const now = Date.now();
          const listed = userId === undefined ? indexKey : userKey(userId);
          // Bounded housekeeping: entries whose sessions Redis has already expired.
          await redis.zremrangebyscore(listed, "-inf", now);
          const ids = await redis.zrange(listed, "+inf", `(${now}`, "BYSCORE", "REV", "LIMIT", 0, REGISTRY_LIST_LIMIT);
          if (ids.length === 0) return [];
          const values = await redis.mget(ids.map(sessionKey));
          const sessions = ids.flatMap((id, index) => {
            const record = parse(values[index] ?? null);
            return record ? [summaryOf(id, record)] : [];
          });
          return sessions.sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
        },

        async endById(id) {
          // The id comes from the admin page's form: only a SHA-256 in hex names a session key.
          if (/^[0-9a-f]{64}$/.test(id)) await remove(id);
        },

        async endAllForUser(userId) {
          const ids = await redis.zrange(userKey(userId), 0, "-1");
          if (ids.length === 0) return 0;
          const transaction = redis.multi().del(...ids.map(sessionKey)).zrem(indexKey, ...ids).del(userKey(userId));
          const results = await transaction.exec();
          return Number(results?.[0]?.[1] ?? 0);
        },
      },
    },
    isRedisUnreachable,
    () => firstConnection(redis),
  );
}
