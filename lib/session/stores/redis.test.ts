import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createRedisClient } from "@/lib/redis-client";
import { findTestRedis } from "@/lib/testing/store-servers";

import { SessionStoreUnavailableError } from "../errors";
import { keptUntil, newRecord } from "../record";
import { hashSessionToken } from "../session-id";
import { describeStoreContract } from "@/lib/testing/store-contract";
import { redisStore } from "./redis";

const server = await findTestRedis();
if (!server.available) console.log(`Redis store tests ${server.skipNote}`);

// Each run under a prefix of its own, so runs sharing a Redis never see each other's keys.
const prefix = `sbe-test:${process.pid}-${Date.now()}:`;
let redis: Redis;

describe.skipIf(!server.available)(`redis store (${server.available ? "on" : server.skipNote}) ${server.url}`, () => {
  beforeAll(() => {
    redis = createRedisClient(server.url);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  describeStoreContract("redis", () => redisStore(redis, prefix), {
    revokesOldTokens: true,
    hangingServer: {
      kind: "redis",
      storeOn: async (server) => {
        const client = createRedisClient(server.url);
        return { store: redisStore(client, prefix), close: async () => client.disconnect() };
      },
    },
  });

  it("keeps the whole record as JSON under the prefix and the token's hash, expiring an hour after the session", async () => {
    const store = redisStore(redis, prefix);
    const record = { ...newRecord(3600), data: { user: { id: 7, name: "alice" } } };
    const token = await store.save(null, record);
    const key = `${prefix}${hashSessionToken(token)}`;
    expect(JSON.parse((await redis.get(key))!)).toEqual(record);
    expect(await redis.exists(`${prefix}${token}`)).toBe(0);
    expect(await redis.pexpiretime(key)).toBe(keptUntil(record));
    const details = await store.describe(token);
    expect(details?.find((field) => field.label === "key")?.value).toBe(key);
    expect(details?.find((field) => field.label === "ttl")?.value).toMatch(/^(7200|7199) s$/);
  });

  it("deletes the key on destroy and on regenerate", async () => {
    const store = redisStore(redis, prefix);
    const token = await store.save(null, { ...newRecord(3600), data: { name: "x" } });
    const fresh = await store.regenerate(token, { ...newRecord(3600), data: { name: "x" } });
    expect(await redis.exists(`${prefix}${hashSessionToken(token)}`)).toBe(0);
    await store.destroy(fresh);
    expect(await redis.exists(`${prefix}${hashSessionToken(fresh)}`)).toBe(0);
  });

  it("counts live sessions without scanning the keyspace", async () => {
    const store = redisStore(redis, `${prefix}count:`);
    expect(await store.ping()).toEqual({ liveSessions: 0 });
    await store.save(null, newRecord(3600));
    await store.save(null, newRecord(3600));
    expect(await store.ping()).toEqual({ liveSessions: 2 });
  });

  it("treats a corrupt value as no session", async () => {
    const store = redisStore(redis, prefix);
    const token = await store.save(null, { ...newRecord(3600), data: { name: "x" } });
    await redis.set(`${prefix}${hashSessionToken(token)}`, "{not json", "KEEPTTL");
    expect(await store.load(token)).toBeNull();
  });
});

describe("redis store with its server gone", () => {
  it("says the store is unavailable, at once, instead of hanging", async () => {
    // Nothing listens on port 1.
    const unreachable = createRedisClient("redis://127.0.0.1:1");
    try {
      const started = Date.now();
      await expect(redisStore(unreachable, prefix).load("A".repeat(43))).rejects.toBeInstanceOf(SessionStoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      unreachable.disconnect();
    }
  });
});
