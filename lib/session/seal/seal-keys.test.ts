import { pbkdf2Sync } from "node:crypto";

import { unsealData } from "iron-session";
import { afterEach, describe, expect, it, vi } from "vitest";

import { sealValue } from "./cookie-seal";
import { derivedKey, freshRandomBytes, SEAL_SALT_LIFETIME_MS, sealingSalts } from "./seal-keys";

const SECRET = "unit-test-secret-0123456789abcdef0123";
const OTHER_SECRET = "another-secret-0123456789abcdef01234";

/** The parts of a seal: [prefix, id, encryption salt, iv, ciphertext, expiry, mac salt, mac]. */
const partsOf = (token: string) => token.split("~")[0]!.split("*");

describe("seal keys: a salt pair a minute, a fresh IV every seal", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("seals within a minute share their salts but never an IV, and iron-session opens every one", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-24T10:00:00Z"), toFake: ["Date"] });
    const tokens = Array.from({ length: 50 }, (_, index) => sealValue({ index }, { 1: SECRET }, 3600));
    const parts = tokens.map(partsOf);
    expect(new Set(parts.map((part) => part[2])).size).toBe(1);
    expect(new Set(parts.map((part) => part[6])).size).toBe(1);
    expect(parts[0]![2]).not.toBe(parts[0]![6]);
    expect(new Set(parts.map((part) => part[3])).size).toBe(50);
    for (const [index, token] of tokens.entries()) expect(await unsealData(token, { password: { 1: SECRET } })).toEqual({ index });
  });

  it("draws a fresh salt pair once the current one has sealed for a minute, and one per secret", () => {
    const start = Date.parse("2026-11-24T10:00:00Z");
    const first = sealingSalts(SECRET, start);
    expect(sealingSalts(SECRET, start + SEAL_SALT_LIFETIME_MS - 1)).toEqual(first);
    const next = sealingSalts(SECRET, start + SEAL_SALT_LIFETIME_MS);
    expect(next.encryptionSalt).not.toBe(first.encryptionSalt);
    expect(next.macSalt).not.toBe(first.macSalt);
    expect(sealingSalts(OTHER_SECRET, start + SEAL_SALT_LIFETIME_MS).encryptionSalt).not.toBe(next.encryptionSalt);
    // A clock that went back does not keep a pair past its minute.
    expect(sealingSalts(SECRET, start).encryptionSalt).not.toBe(next.encryptionSalt);
  });

  it("derives iron's key (PBKDF2-SHA-1, one iteration, the salt's hex text) and refuses a short password as iron does", () => {
    const salt = freshRandomBytes(32).toString("hex");
    expect(derivedKey(SECRET, salt)).toEqual(pbkdf2Sync(SECRET, salt, 1, 32, "sha1"));
    expect(derivedKey(SECRET, salt)).toEqual(derivedKey(SECRET, salt));
    expect(derivedKey(OTHER_SECRET, salt)).not.toEqual(derivedKey(SECRET, salt));
    expect(() => derivedKey("short", salt)).toThrow("Password string too short (min 32 characters required)");
  });

  it("hands out each random byte once", () => {
    const seen = new Set<string>();
    // Past a batch of 4096 bytes, so the pool is drawn again.
    for (let index = 0; index < 600; index++) seen.add(freshRandomBytes(16).toString("hex"));
    expect(seen.size).toBe(600);
    expect(freshRandomBytes(5000)).toHaveLength(5000);
  });
});
