import { describe, expect, it } from "vitest";

import { parseConfig } from "./schema";

const SECRET = "a".repeat(32);

describe("settings", () => {
  it("defaults to the cookie store, a week's lifetime and the SQLite file", () => {
    const result = parseConfig({ SESSION_SECRET: SECRET });
    expect(result).toMatchObject({
      ok: true,
      config: { sessionSecrets: [SECRET], sessionStore: "cookie", sessionTtlSeconds: 604800, sessionIdleSeconds: 1800, sessionBind: "off", sessionCookieName: "session", sessionCookieSecure: "auto", databaseUrl: "file:./dev.db" },
    });
  });

  it.each([
    [{}, "SESSION_SECRET is not set. Create one with: openssl rand -base64 32"],
    [{ SESSION_SECRET: "" }, "SESSION_SECRET is not set"],
    [{ SESSION_SECRET: "x".repeat(31) }, "SESSION_SECRET is too short (31 characters; at least 32 are needed)"],
    [{ SESSION_SECRET: SECRET, SESSION_STORE: "redsi" }, 'SESSION_STORE="redsi" is not a session store. Use one of: cookie, database, redis.'],
    [{ SESSION_SECRET: SECRET, SESSION_TTL_SECONDS: "soon" }, "SESSION_TTL_SECONDS must be a whole number of seconds."],
    [{ SESSION_SECRET: SECRET, SESSION_TTL_SECONDS: "10" }, "SESSION_TTL_SECONDS must be at least 60 seconds."],
    [{ SESSION_SECRET: `${SECRET},short` }, "SESSION_SECRET is too short (5 characters; at least 32 are needed)"],
    [{ SESSION_SECRET: " , " }, "SESSION_SECRET is not set"],
    [{ SESSION_SECRET: SECRET, SESSION_IDLE_SECONDS: "5" }, "SESSION_IDLE_SECONDS must be at least 60 seconds."],
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
});
