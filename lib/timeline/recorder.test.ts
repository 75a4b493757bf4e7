import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/sqlite";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import { cookiePersistence, sessionCookieFlags, type SessionCookieJar } from "@/lib/session/cookie-policy";
import { openSession } from "@/lib/session/open-session";
import type { SessionStore } from "@/lib/session/store";
import { sealedCookieStore } from "@/lib/session/stores/cookie";
import { databaseStore } from "@/lib/session/stores/database";
import { BROWSER, TEST_SECRET, testConfig } from "@/lib/testing/open-session-with";
import { tracedJar, tracedStore } from "@/lib/session/traced-store";

import { cookieInOf, newBrowserId, REQUESTS_PER_BROWSER, startTrace, takeHandOff, timelineOf, type TraceRecorder } from "./recorder";

let db: PrismaClient;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ db, remove } = await createTemporaryDatabase());
});
afterAll(() => remove());

const config = testConfig();
const PASSWORD = "correct horse battery staple";

/** One request through the session layer as getSession() makes it, recorded; returns the cookie the browser then holds. */
async function tracedRequest(store: SessionStore, browserId: string, sentToken: string | null, act: (session: Awaited<ReturnType<typeof openSession>>["session"]) => Promise<void>) {
  const trace: TraceRecorder = startTrace({ browserId, method: "POST", path: "/login", cookieIn: sentToken ? cookieInOf("session", sentToken) : null }).as("app");
  let held = sentToken;
  const jar: SessionCookieJar = { set: (_name, value) => void (held = value), delete: () => void (held = null) };
  const traced = tracedStore(store, trace);
  const persistence = cookiePersistence(traced, config, sessionCookieFlags(config, false), tracedJar(jar, trace));
  const { session } = await openSession(traced, config, sentToken, persistence, BROWSER, Date.now, trace);
  await act(session);
  return held;
}

describe.each([
  ["cookie", () => sealedCookieStore([TEST_SECRET], 86400)],
  ["database", () => databaseStore(db)],
])("the timeline in the %s store", (kind, makeStore) => {
  it("records log-in, a cart write and log-out in order, and never a token or a password", async () => {
    const store = makeStore();
    const browserId = newBrowserId();
    const tokens: string[] = [];

    const first = await tracedRequest(store, browserId, null, async (session) => {
      session.set("cart", { "1": 1 });
      await session.save();
    });
    tokens.push(first!);
    const loggedIn = await tracedRequest(store, browserId, first, async (session) => {
      // As if a careless page put the password in the session: the timeline still only names the key.
      session.set("user", { id: 1, name: "alice", password: PASSWORD });
      await session.regenerate();
    });
    tokens.push(loggedIn!);
    const carted = await tracedRequest(store, browserId, loggedIn, async (session) => {
      session.update("cart", () => ({ "1": 2 }));
      await session.save();
    });
    tokens.push(carted!);
    const after = await tracedRequest(store, browserId, carted, (session) => session.destroy());
    expect(after).toBeNull();

    const requests = timelineOf(startTrace({ browserId, method: "GET", path: "/timeline", cookieIn: null }).id).slice(1).reverse();
    expect(requests.map((request) => request.steps.map((step) => step.kind))).toEqual([
      ["set", "write", "set-cookie"],
      ["read", "checks", "set", "new-id", "set-cookie"],
      // A server-side store updates its row and keeps the browser's cookie: no Set-Cookie.
      ["read", "checks", "update", "write", ...(kind === "cookie" ? ["set-cookie"] : [])],
      ["read", "checks", "destroy", "delete-cookie"],
    ]);
    expect(requests[1].steps.find((step) => step.kind === "read")).toMatchObject({ store: kind, result: "hit" });
    expect(requests[1].steps.find((step) => step.kind === "set")).toEqual(expect.objectContaining({ key: "user" }));
    expect(requests[1].steps.find((step) => step.kind === "set-cookie")?.cookie).toMatchObject({ name: "session", httpOnly: true, sameSite: "lax", maxAge: undefined });

    const recorded = JSON.stringify(requests);
    for (const token of tokens) expect(recorded).not.toContain(token);
    expect(recorded).not.toContain(PASSWORD);
    expect(recorded).not.toContain("alice");
    // The cookie that came in is named by a fingerprint, 8 hex digits of its hash.
    expect(requests[1].cookieIn).toEqual({ name: "session", bytes: Buffer.byteLength(`session=${first}`), fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });
});

describe("the ring buffer", () => {
  it(`keeps a browser's last ${REQUESTS_PER_BROWSER} requests, newest first`, () => {
    const browserId = newBrowserId();
    const ids = Array.from({ length: REQUESTS_PER_BROWSER + 5 }, (_, index) => startTrace({ browserId, method: "GET", path: `/p${index}`, cookieIn: null }).id);
    const kept = timelineOf(ids.at(-1)!);
    expect(kept).toHaveLength(REQUESTS_PER_BROWSER);
    expect(kept[0].path).toBe(`/p${REQUESTS_PER_BROWSER + 4}`);
  });

  it("shows a browser nobody else's requests, and nothing for an unknown request", () => {
    const mine = startTrace({ browserId: newBrowserId(), method: "GET", path: "/mine", cookieIn: null });
    startTrace({ browserId: newBrowserId(), method: "GET", path: "/theirs", cookieIn: null });
    expect(timelineOf(mine.id).map((request) => request.path)).toEqual(["/mine"]);
    expect(timelineOf("forged")).toEqual([]);
    expect(timelineOf(null)).toEqual([]);
  });

  it("hands a log-out's timeline back to the browser that has its code, once", () => {
    const browserId = newBrowserId();
    const code = startTrace({ browserId, method: "POST", path: "/logout", cookieIn: null }).handOff();
    expect(takeHandOff(newBrowserId())).toBeNull();
    expect(takeHandOff(code)).toBe(browserId);
    expect(takeHandOff(code)).toBeNull();
  });
});
