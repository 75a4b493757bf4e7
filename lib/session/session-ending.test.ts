import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/sqlite";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import { onSessionEvent, type SessionEvent } from "./events";
import type { SessionStore } from "./store";
import { sealedCookieStore } from "./stores/cookie";
import { databaseStore } from "./stores/database";
import { fileStore } from "./stores/file";
import { BROWSER, openWith, TEST_SECRET, testClock, testConfig } from "@/lib/testing/open-session-with";

// What openSession reports as ending when a request comes in, for the security log to record.
const MINUTE = 60_000;
const config = testConfig({ SESSION_IDLE_SECONDS: "1800", SESSION_TTL_SECONDS: "86400" });
const store = () => sealedCookieStore([TEST_SECRET], 86400);

async function signedInCookie(clock: () => number) {
  const { session, cookie } = await openWith(store(), null, { config, clock });
  session.set("user", { id: 7, username: "hanako" });
  await session.save();
  return cookie()!;
}

describe("a session ending as a request comes in", () => {
  it("is an idle timeout, with whose session it was", async () => {
    const clock = testClock();
    const token = await signedInCookie(clock.now);
    clock.advance(31 * MINUTE);
    const { ending } = await openWith(store(), token, { config, clock: clock.now });
    expect(ending).toMatchObject({ reason: "idle-timeout", data: { user: { id: 7, username: "hanako" } } });
  });

  it("is an absolute timeout once the session's whole life is used up, however busy", async () => {
    const clock = testClock();
    let token = await signedInCookie(clock.now);
    // A request every 20 minutes: never idle, but past 24 hours in all (SESSION_TTL_SECONDS).
    for (let request = 0; request < 80; request++) {
      clock.advance(20 * MINUTE);
      const opened = await openWith(store(), token, { config, clock: clock.now });
      if (opened.ending) {
        expect(opened.ending.reason).toBe("absolute-timeout");
        return;
      }
      await opened.session.save();
      token = opened.cookie()!;
    }
    throw new Error("The absolute timeout never came.");
  });

  it("is a tampered cookie for junk, a changed seal, or one sealed with another secret", async () => {
    const token = await signedInCookie(Date.now);
    const changed = token.replace(/\*([A-Za-z0-9_-])([A-Za-z0-9_-]*)\*/, (_, first: string, rest: string) => `*${first === "A" ? "B" : "A"}${rest}*`);
    const foreign = await (async () => {
      const { session, cookie } = await openWith(sealedCookieStore(["another-secret-0123456789abcdef0123456"], 86400), null, { config });
      session.set("user", { id: 1, username: "admin" });
      await session.save();
      return cookie()!;
    })();
    for (const sent of ["junk", changed, foreign]) {
      expect((await openWith(store(), sent, { config })).ending?.reason).toBe("tampered-cookie");
    }
  });

  it("is nothing for a live session or no cookie at all", async () => {
    const token = await signedInCookie(Date.now);
    expect((await openWith(store(), token, { config })).ending).toBeUndefined();
    expect((await openWith(store(), null, { config })).ending).toBeUndefined();
  });

  it("is reported to every subscriber, with the client that sent it, and to none once unsubscribed", async () => {
    const heard: SessionEvent[] = [];
    const unsubscribe = onSessionEvent("test", (event) => void heard.push(event));
    await openWith(store(), "junk", { config });
    unsubscribe();
    await openWith(store(), "more-junk", { config });
    expect(heard).toEqual([expect.objectContaining({ reason: "tampered-cookie", token: "junk", client: expect.any(Object) })]);
  });

  it("reaches a listener registered twice under one name once, as after a module reload", async () => {
    const heard: string[] = [];
    onSessionEvent("reloaded", () => void heard.push("first"));
    const unsubscribe = onSessionEvent("reloaded", () => void heard.push("second"));
    await openWith(store(), "junk", { config });
    unsubscribe();
    expect(heard).toEqual(["second"]);
  });
});

describe("a session cookie refused by a server-side store (SQLite and files), reported as the cookie store's are", () => {
  let db: PrismaClient;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ db, remove } = await createTemporaryDatabase());
  });
  afterAll(() => remove());

  const stores: [string, () => SessionStore][] = [
    ["database", () => databaseStore(db)],
    ["file", () => fileStore(mkdtempSync(path.join(tmpdir(), "sbe-ending-")))],
  ];

  for (const [name, makeStore] of stores) {
    async function signedIn(store: SessionStore, options: Parameters<typeof openWith>[2] = {}) {
      const { session, cookie } = await openWith(store, null, { config, ...options });
      session.set("user", { id: 7, username: "hanako" });
      await session.save();
      return cookie()!;
    }

    it(`${name}: an idle timeout, with whose session it was`, async () => {
      const store = makeStore();
      const clock = testClock();
      const token = await signedIn(store, { clock: clock.now });
      clock.advance(31 * MINUTE);
      const { ending } = await openWith(store, token, { config, clock: clock.now });
      expect(ending).toMatchObject({ reason: "idle-timeout", data: { user: { username: "hanako" } } });
    });

    it(`${name}: a cookie from another browser than the session's (SESSION_BIND=ua), with whose session it was`, async () => {
      const store = makeStore();
      const bound = testConfig({ SESSION_BIND: "ua" });
      const token = await signedIn(store, { config: bound });
      const { ending, refused } = await openWith(store, token, { config: bound, client: { ...BROWSER, userAgent: "curl/8.5" } });
      expect(refused).toBe(true);
      expect(ending).toMatchObject({ reason: "binding-mismatch", client: { userAgent: "curl/8.5" }, data: { user: { username: "hanako" } } });
      // Ended for good: the same cookie from its own browser is now an unknown id.
      expect((await openWith(store, token, { config: bound })).ending).toMatchObject({ reason: "unknown-session" });
    });

    it(`${name}: an id it never issued is an unknown session, and a malformed one a tampered cookie`, async () => {
      const store = makeStore();
      const heard: SessionEvent[] = [];
      const stop = onSessionEvent("test", (event) => void heard.push(event));
      try {
        await openWith(store, randomBytes(32).toString("base64url"), { config });
        await openWith(store, "not a session id", { config });
      } finally {
        stop();
      }
      expect(heard.map((event) => event.reason)).toEqual(["unknown-session", "tampered-cookie"]);
    });
  }
});
