import { sealData, unsealData } from "iron-session";
import { describe, expect, it } from "vitest";

import { describeStoreContract } from "../testing/store-contract";
import { sealedCookieStore } from "./cookie";

const SECRET = "unit-test-secret-0123456789abcdef0123";

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
