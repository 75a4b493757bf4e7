import { describe, expect, it } from "vitest";

import { attemptLogin } from "./login-attempt";
import { setUpSeededDatabase } from "./testing/seeded-database";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./throttle";

setUpSeededDatabase();

const SECOND = 1000;

describe("sign-in throttling", () => {
  it("locks an account after five failures, even against the right password, and says for how long", async () => {
    const now = Date.now();
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) {
      expect(await attemptLogin("alice", `guess-${i}`, "198.51.100.1", now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attemptLogin("alice", "alice-pass-2026", "198.51.100.2", now + SECOND)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 29 });
    // Once the lock is over, the right password works and clears the count.
    expect(await attemptLogin("alice", "alice-pass-2026", "198.51.100.2", now + 31 * SECOND)).toMatchObject({ ok: true });
    expect(await attemptLogin("alice", "wrong", "198.51.100.2", now + 32 * SECOND)).toEqual({ ok: false, reason: "invalid" });
  });

  it("doubles the lock with each failure past the limit", async () => {
    const now = Date.now();
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await attemptLogin("admin", "nope", `198.51.100.${10 + i}`, now);
    const later = now + 31 * SECOND;
    await attemptLogin("admin", "nope", "198.51.100.20", later);
    expect(await attemptLogin("admin", "admin-pass-2026", "198.51.100.21", later)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });
  });

  it("locks a name that does not exist exactly like one that does", async () => {
    const now = Date.now();
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await attemptLogin("nobody-here", "x", "198.51.100.30", now);
    expect(await attemptLogin("nobody-here", "x", "198.51.100.31", now)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 30 });
  });

  it("locks an address that tries many accounts", async () => {
    const now = Date.now();
    for (let i = 0; i < ADDRESS_LIMIT.maxFailures; i++) await attemptLogin(`someone-${i}`, "x", "192.0.2.77", now);
    expect(await attemptLogin("alice", "alice-pass-2026", "192.0.2.77", now)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });
    expect(await attemptLogin("alice", "alice-pass-2026", "192.0.2.78", now)).toMatchObject({ ok: true });
  });
});
