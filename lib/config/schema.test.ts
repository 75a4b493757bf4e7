import { describe, expect, it } from "vitest";

import { editDistance, nearestName } from "./nearest-name";
import { withoutPassword } from "./redact";
import { parseConfig, SESSION_STORES } from "./schema";

const SECRET = "a".repeat(32);

describe("settings", () => {
  it("defaults to the cookie store, a week's lifetime and the SQLite file", () => {
    const result = parseConfig({ SESSION_SECRET: SECRET });
    expect(result).toMatchObject({
      ok: true,
      config: {
        sessionSecrets: [SECRET],
        sessionStore: "cookie",
        sessionTtlSeconds: 604800,
        sessionIdleSeconds: 1800,
        sessionMaxBytes: 65536,
        sessionBind: "off",
        sessionCookieName: "session",
        sessionCookieSecure: "auto",
        databaseUrl: "file:./dev.db",
        sessionFileDir: ".sessions",
        memcachedUrl: "127.0.0.1:11211",
        sessionKeyPrefix: "session:",
      },
    });
  });

  it.each([
    [{}, "SESSION_SECRET is not set. Create one with: openssl rand -base64 32"],
    [{ SESSION_SECRET: "" }, "SESSION_SECRET is not set"],
    [{ SESSION_SECRET: "x".repeat(31) }, "SESSION_SECRET is too short (31 characters; at least 32 are needed)"],
    [{ SESSION_SECRET: SECRET, SESSION_STORE: "mongodb" }, `SESSION_STORE="mongodb" is not a session store. Use one of: ${SESSION_STORES.join(", ")}.`],
    [{ SESSION_SECRET: SECRET, SESSION_STORE: "memcache" }, 'SESSION_STORE="memcache" is not a session store. Did you mean "memcached"? Use one of: '],
    [{ SESSION_SECRET: SECRET, MEMCACHED_URL: "memcached://localhost" }, 'MEMCACHED_URL must be "host:port"'],
    [{ SESSION_SECRET: SECRET, SESSION_TTL_SECONDS: "soon" }, "SESSION_TTL_SECONDS must be a whole number of seconds."],
    [{ SESSION_SECRET: SECRET, SESSION_TTL_SECONDS: "10" }, "SESSION_TTL_SECONDS must be at least 60 seconds."],
    [{ SESSION_SECRET: `${SECRET},short` }, "SESSION_SECRET is too short (5 characters; at least 32 are needed)"],
    [{ SESSION_SECRET: " , " }, "SESSION_SECRET is not set"],
    [{ SESSION_SECRET: SECRET, SESSION_IDLE_SECONDS: "5" }, "SESSION_IDLE_SECONDS must be at least 60 seconds."],
    [{ SESSION_SECRET: SECRET, SESSION_MAX_BYTES: "64k" }, "SESSION_MAX_BYTES must be a whole number of bytes."],
    [{ SESSION_SECRET: SECRET, SESSION_MAX_BYTES: "1000" }, "SESSION_MAX_BYTES must be at least 4096 bytes (a cookie's limit)."],
    [{ SESSION_SECRET: SECRET, SESSION_MAX_BYTES: "5000000" }, "SESSION_MAX_BYTES must be at most 1000000 bytes (Memcached's default item limit)."],
    [{ SESSION_SECRET: SECRET, SESSION_BIND: "ip" }, 'SESSION_BIND="ip" is not a binding. Use one of: off, ua, ua+ip.'],
    [{ SESSION_SECRET: SECRET, SESSION_COOKIE_SECURE: "yes" }, 'SESSION_COOKIE_SECURE must be "auto", "true" or "false".'],
    [{ SESSION_SECRET: SECRET, DATABASE_URL: "mysql://x" }, "DATABASE_URL must be a SQLite file URL"],
    [{ SESSION_SECRET: SECRET, REDIS_URL: "127.0.0.1:6379" }, 'REDIS_URL must be a Redis URL such as "redis://127.0.0.1:6379"'],
    [{ SESSION_SECRET: SECRET, SESSION_KEY_PREFIX: "my sessions" }, "SESSION_KEY_PREFIX may use only letters"],
  ])("explains a bad setting: %j", (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join("\n")).toContain(message);
  });

  it("reads several secrets, newest first, separated by commas or spaces", () => {
    const older = "b".repeat(40);
    const result = parseConfig({ SESSION_SECRET: `${SECRET}, ${older}\n` });
    expect(result).toMatchObject({ ok: true, config: { sessionSecrets: [SECRET, older] } });
  });

  it("takes a PostgreSQL database and a Redis store with its key prefix", () => {
    const result = parseConfig({ SESSION_SECRET: SECRET, DATABASE_URL: "postgresql://app:pw@db:5432/app", SESSION_STORE: "redis", SESSION_KEY_PREFIX: "shop:" });
    expect(result).toMatchObject({
      ok: true,
      config: { databaseUrl: "postgresql://app:pw@db:5432/app", sessionStore: "redis", redisUrl: "redis://127.0.0.1:6379", sessionKeyPrefix: "shop:" },
    });
  });

  it("reports every problem at once", () => {
    const result = parseConfig({ SESSION_STORE: "files" });
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });

  it("accepts Memcached server lists as memjs reads them", () => {
    for (const url of ["localhost", "127.0.0.1:3691", "user:p4ss@cache.internal:11211,cache2:11211"]) {
      expect(parseConfig({ SESSION_SECRET: SECRET, MEMCACHED_URL: url }).ok, url).toBe(true);
    }
  });
});

describe("the nearest store name", () => {
  it.each([
    ["files", "file"],
    ["Cookie", "cookie"],
    ["databse", "database"],
    ["memchached", "memcached"],
    ["fiel", "file"],
  ])("suggests %s → %s", (typed, expected) => {
    expect(nearestName(typed, SESSION_STORES)).toBe(expected);
  });

  it("works from whatever list it is given, so a store added later is suggested too", () => {
    expect(nearestName("reddis", [...SESSION_STORES, "redis"])).toBe("redis");
    expect(nearestName("reids", ["cookie", "redis"])).toBe("redis");
  });

  it("suggests nothing when no name is close", () => {
    expect(nearestName("mongodb", SESSION_STORES)).toBeNull();
    expect(nearestName("", SESSION_STORES)).toBeNull();
  });

  it("counts a swap of two neighbours as one edit", () => {
    expect(editDistance("reids", "redis")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("addresses shown in messages", () => {
  it.each([
    ["redis://user:s3cret@cache:6379/0", "redis://user:***@cache:6379/0"],
    ["postgres://app:pw@db/sessions", "postgres://app:***@db/sessions"],
    ["u:pw@cache1:11211,cache2:11211,v:x@cache3", "u:***@cache1:11211,cache2:11211,v:***@cache3"],
    ["127.0.0.1:11211", "127.0.0.1:11211"],
    ["file:./dev.db", "file:./dev.db"],
  ])("hide the password in %s", (address, shown) => {
    expect(withoutPassword(address)).toBe(shown);
  });
});
