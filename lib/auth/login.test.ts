import { describe, expect, it } from "vitest";

import { newRecord } from "@/lib/session/record";
import { hashSessionToken } from "@/lib/session/session-id";
import { databaseStore } from "@/lib/session/stores/database";
import { openWith } from "@/lib/testing/open-session-with";

import { checkCredentials, DUMMY_PASSWORD_HASH, startUserSession } from "./login";
import { hashPassword } from "./password";
import { MAX_SESSIONS_PER_USER } from "./session-limit";
import { sessionUserSchema } from "./session-user";
import { setUpSeededDatabase } from "./testing/seeded-database";

const database = setUpSeededDatabase();

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe("checkCredentials", () => {
  it("finds a user whose password matches", async () => {
    const user = await checkCredentials("alice", "alice-pass-2026");
    expect(user).toMatchObject({ username: "alice", displayName: "Alice Example", role: "user" });
  });

  it("ignores case and spaces around the username, not in the password", async () => {
    expect(await checkCredentials("  Alice ", "alice-pass-2026")).toMatchObject({ username: "alice" });
    expect(await checkCredentials("alice", "ALICE-PASS-2026")).toBeNull();
  });

  it("says no alike to a wrong password and to an unknown user", async () => {
    expect(await checkCredentials("alice", "admin-pass-2026")).toBeNull();
    expect(await checkCredentials("nobody", "alice-pass-2026")).toBeNull();
  });

  it("never takes a role the database does not hold for granted", async () => {
    await database.db().user.create({ data: { username: "mallory", displayName: "Mallory", role: "superuser", passwordHash: await hashPassword("mallory-pass") } });
    expect(await checkCredentials("mallory", "mallory-pass")).toMatchObject({ role: "user" });
  });

  it("checks an unknown user against a real argon2id hash with the same parameters", async () => {
    const parameters = (hash: string) => hash.split("$").slice(0, 4).join("$");
    expect(parameters(DUMMY_PASSWORD_HASH)).toBe(parameters(await hashPassword("anything")));
    expect(parameters(DUMMY_PASSWORD_HASH)).toBe("$argon2id$v=19$m=19456,t=2,p=1");
  });

  it("takes about as long for an unknown user as for a wrong password", async () => {
    await checkCredentials("alice", "warm-up");
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      unknown.push(await timed(() => checkCredentials("nobody-at-all", "guess")));
      wrong.push(await timed(() => checkCredentials("alice", "guess")));
    }
    // Skipping argon2 would make the unknown user answer in about a fiftieth of the time. The bound
    // is loose on purpose: on a busy machine either side can stall, and this must catch the skip only.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.2);
  });
});

describe("startUserSession", () => {
  it("keeps at most MAX_SESSIONS_PER_USER sessions of a user: one sign-in more ends the oldest", async () => {
    const store = databaseStore(database.db());
    const tokens: string[] = [];
    for (let signIn = 0; signIn <= MAX_SESSIONS_PER_USER; signIn += 1) {
      // Each sign-in checks the password (one argon2 run), as the form does.
      const user = await checkCredentials("admin", "admin-pass-2026");
      const { session, cookie } = await openWith(store, null);
      await startUserSession(session, user!);
      tokens.push(cookie()!);
    }
    expect(await store.load(tokens[0]!)).toBeNull();
    for (const token of tokens.slice(1)) expect(await store.load(token)).not.toBeNull();
    const admin = await checkCredentials("admin", "admin-pass-2026");
    expect((await store.registry!.list()).filter((listed) => listed.userId === admin!.id)).toHaveLength(MAX_SESSIONS_PER_USER);
  });

  it("moves the session to a new id, keeps its other keys, and stores the user", async () => {
    const db = database.db();
    const store = databaseStore(db);
    const before = { ...newRecord(3600), data: { cart: [{ productId: 1, quantity: 2 }] } };
    const oldToken = await store.save(null, before);
    const { session, cookie } = await openWith(store, oldToken);

    const alice = await checkCredentials("alice", "alice-pass-2026");
    const stored = await startUserSession(session, alice!);

    expect(cookie()).not.toBe(oldToken);
    expect(await db.session.count({ where: { idHash: hashSessionToken(oldToken) } })).toBe(0);
    const after = await store.load(cookie()!);
    expect(after?.data.cart).toEqual([{ productId: 1, quantity: 2 }]);
    expect(sessionUserSchema.parse(after?.data.user)).toEqual(stored);
    expect(stored).toMatchObject({ username: "alice", name: "Alice Example", role: "user" });
    expect(Math.abs(stored.loggedInAt - Date.now())).toBeLessThan(60_000);
    const row = await db.session.findUnique({ where: { idHash: hashSessionToken(cookie()!) } });
    expect(row?.userId).toBe(alice!.id);
  });

  it("brings back the preferences the user saved", async () => {
    const db = database.db();
    await db.user.update({ where: { username: "admin" }, data: { theme: "dark", language: "fr" } });
    const store = databaseStore(db);
    const token = await store.save(null, { ...newRecord(3600), data: { preferences: { language: "en", theme: "light", notifications: false } } });
    const { session } = await openWith(store, token);

    await startUserSession(session, (await checkCredentials("admin", "admin-pass-2026"))!);
    expect(session.get("preferences")).toEqual({ language: "fr", theme: "dark", notifications: false });
  });
});
