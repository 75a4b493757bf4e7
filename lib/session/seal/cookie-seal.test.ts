import fc from "fast-check";
import { sealData, unsealData } from "iron-session";
import { afterEach, describe, expect, it, vi } from "vitest";

import { sealValue, unsealValue } from "./cookie-seal";

const SECRET = "unit-test-secret-0123456789abcdef0123";
const OTHER_SECRET = "another-secret-0123456789abcdef01234";
const TTL = 3600;

// JSON round-trips these exactly (no undefined, no -0, no NaN), as a session record's data does.
const jsonValue = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const sessionLike = fc.record({ data: fc.dictionary(fc.string(), jsonValue), permanent: fc.boolean(), createdAt: fc.nat() });

describe("cookie seal: iron-session's format, sealed synchronously with node:crypto", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("iron-session opens what it seals, whatever the value", async () => {
    await fc.assert(
      fc.asyncProperty(sessionLike, async (value) => {
        const token = sealValue(value, { 1: SECRET }, TTL);
        expect(await unsealData(token, { password: SECRET, ttl: TTL })).toEqual(value);
      }),
      { numRuns: 60 },
    );
  });

  it("opens what iron-session seals, whatever the value", async () => {
    await fc.assert(
      fc.asyncProperty(sessionLike, async (value) => {
        const token = await sealData(value, { password: SECRET, ttl: TTL });
        expect(unsealValue(token, { 1: SECRET })).toEqual(value);
      }),
      { numRuns: 60 },
    );
  });

  it("seals under the highest password id, as iron-session does with a password map", async () => {
    const token = sealValue({ n: 1 }, { 1: OTHER_SECRET, 2: SECRET }, TTL);
    expect(token).toMatch(/^Fe26\.2\*2\*[^~]+~2$/);
    expect(await unsealData(token, { password: { 2: SECRET }, ttl: TTL })).toEqual({ n: 1 });
    expect(await unsealData(token, { password: { 2: OTHER_SECRET }, ttl: TTL })).toEqual({});
  });

  it("keeps the value secret: nothing of it shows in the seal", async () => {
    const token = sealValue({ name: "Hanako-the-secret" }, { 1: SECRET }, TTL);
    expect(token).not.toContain("Hanako");
    expect(token.split("*")).toHaveLength(8);
  });

  it("answers {} for another secret, a missing password id, or a wrong number of parts, as iron-session does", async () => {
    const token = await sealData({ n: 1 }, { password: SECRET, ttl: TTL });
    for (const [seal, passwords] of [
      [token, { 1: OTHER_SECRET }],
      [token, { 7: SECRET }],
      [token.replace("*", "**"), { 1: SECRET }],
    ] as const) {
      expect(unsealValue(seal, passwords)).toEqual({});
      expect(await unsealData(seal, { password: passwords, ttl: TTL })).toEqual({});
    }
  });

  it("never opens a tampered seal, and refuses it exactly as iron-session does: every character of the signed part", async () => {
    const token = sealValue({ role: "user" }, { 1: SECRET }, TTL);
    // What a caller sees: the value, or that it threw (a mangled prefix or expiry throws in both).
    const outcome = (open: () => unknown) => Promise.resolve().then(open).then((value) => ({ value }), (error: Error) => ({ threw: error.message }));
    const signedEnd = token.lastIndexOf("*", token.lastIndexOf("*") - 1);
    for (let position = 0; position < signedEnd; position++) {
      const original = token[position]!;
      if (original === "*") continue;
      const tampered = token.slice(0, position) + (original === "A" ? "B" : "A") + token.slice(position + 1);
      const ours = await outcome(() => unsealValue(tampered, { 1: SECRET }));
      expect(ours).not.toEqual({ value: { role: "user" } });
      expect(ours).toEqual(await outcome(() => unsealData(tampered, { password: SECRET, ttl: TTL })));
    }
  });

  it("answers {} once the seal's own time to live (and iron's 60 s of clock skew) has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = sealValue({ n: 1 }, { 1: SECRET }, 10);
    vi.advanceTimersByTime(10_000 + 59_000);
    expect(unsealValue(token, { 1: SECRET })).toEqual({ n: 1 });
    vi.advanceTimersByTime(1_000);
    expect(unsealValue(token, { 1: SECRET })).toEqual({});
    expect(await unsealData(token, { password: SECRET, ttl: 10 })).toEqual({});
  });

  it("reads a version 1 seal (iron-session 6) from its persistent part, as iron-session 8 does", async () => {
    const version2 = sealValue({ persistent: { name: "Taro" }, other: 1 }, { 1: SECRET }, TTL);
    const version1 = version2.replace(/~2$/, "~1");
    expect(unsealValue(version1, { 1: SECRET })).toEqual({ name: "Taro" });
    expect(await unsealData(version1, { password: SECRET, ttl: TTL })).toEqual({ name: "Taro" });
  });
});
