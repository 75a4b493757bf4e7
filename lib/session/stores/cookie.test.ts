import { sealData, unsealData } from "iron-session";
import { afterEach, describe, expect, it, vi } from "vitest";

import { describeStoreContract } from "@/lib/testing/store-contract";
import { sealedCookieStore } from "./cookie";

const SECRET = "unit-test-secret-0123456789abcdef0123";

// Counts iron-session's unseals, to show which reads the store answers from memory; the unseal
// itself is iron-session's, untouched.
const unseals = vi.hoisted(() => ({ count: 0 }));
vi.mock("iron-session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("iron-session")>();
  return {
    ...actual,
    unsealData: (...args: Parameters<typeof actual.unsealData>) => {
      unseals.count++;
      return actual.unsealData(...args);
    },
  };
});

const liveFor = (ms: number) => ({ data: { name: "Taro" }, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + ms });

describeStoreContract("cookie", () => sealedCookieStore([SECRET], 3600), { revokesOldTokens: false });

describe("cookie store", () => {
  it("opens a cookie sealed by plain iron-session with the same secret", async () => {
    const record = { data: { name: "Taro" }, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000 };
    const token = await sealData(record, { password: SECRET, ttl: 3600 });
    expect((await sealedCookieStore([SECRET], 3600).load(token))?.data).toEqual({ name: "Taro" });
  });

  it("seals in iron-session's format, readable by iron-session itself", async () => {
    const store = sealedCookieStore([SECRET], 3600);
    const token = await store.save(null, { data: { name: "Hanako" }, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000 });
    expect(token).toMatch(/^Fe26\.2\*/);
    expect(token).not.toContain("Hanako");
    // Plain iron-session, given the secret as a plain string, opens it: the format is iron-session's own.
    expect(await unsealData(token, { password: SECRET })).toMatchObject({ data: { name: "Hanako" } });
  });

  it("refuses a seal made with another secret", async () => {
    const foreign = await sealData({ data: {}, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000 }, { password: "another-secret-0123456789abcdef01234" });
    expect(await sealedCookieStore([SECRET], 3600).load(foreign)).toBeNull();
  });

  it("refuses a validly sealed value that is not a session record", async () => {
    const odd = await sealData({ user: "admin" }, { password: SECRET });
    expect(await sealedCookieStore([SECRET], 3600).load(odd)).toBeNull();
  });
});

describe("cookie store: unsealing once per cookie value", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("unseals a cookie value once, then answers from memory", async () => {
    const token = await sealData(liveFor(60_000), { password: SECRET, ttl: 3600 });
    const store = sealedCookieStore([SECRET], 3600);
    unseals.count = 0;
    expect((await store.load(token))?.data).toEqual({ name: "Taro" });
    const second = await store.load(token);
    expect(second?.data).toEqual({ name: "Taro" });
    expect(unseals.count).toBe(1);
  });

  it("reads a seal it made itself without unsealing it, and the seal is still iron-session's", async () => {
    const store = sealedCookieStore([SECRET], 3600);
    const record = liveFor(60_000);
    const token = await store.save(null, record);
    unseals.count = 0;
    expect((await store.load(token))?.data).toEqual({ name: "Taro" });
    expect(unseals.count).toBe(0);
    // Another process (a fresh store, empty memory) and plain iron-session both open it.
    expect((await sealedCookieStore([SECRET], 3600).load(token))?.data).toEqual({ name: "Taro" });
    expect(await unsealData(token, { password: SECRET, ttl: 3600 })).toMatchObject({ data: { name: "Taro" } });
  });

  it("still refuses a remembered session once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const store = sealedCookieStore([SECRET], 3600);
    const made = await store.save(null, liveFor(1_000));
    const read = await sealData(liveFor(1_000), { password: SECRET, ttl: 3600 });
    expect(await store.load(made)).not.toBeNull();
    expect(await store.load(read)).not.toBeNull();
    vi.advanceTimersByTime(1_001);
    expect(await store.load(made)).toBeNull();
    expect(await store.load(read)).toBeNull();
  });

  it("refuses a tampered copy of a remembered value", async () => {
    const store = sealedCookieStore([SECRET], 3600);
    const token = await store.save(null, liveFor(60_000));
    const tampered = token.replace(/\*([^*]+)\*([^*~]+)~/, (_match, hmac: string, rest: string) => `*${hmac}*${rest.slice(0, -1)}${rest.endsWith("A") ? "B" : "A"}~`);
    expect(tampered).not.toBe(token);
    expect(await store.load(tampered)).toBeNull();
  });
});
