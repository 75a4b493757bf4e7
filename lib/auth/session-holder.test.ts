import { describe, expect, it } from "vitest";

import { checkCredentials } from "./login";
import { confirmSessionUser } from "./session-holder";
import { setUpSeededDatabase } from "./testing/seeded-database";
import { changeRole, endAllSessionsOf, toSessionUser } from "./users";

const database = setUpSeededDatabase();

async function signedIn(username: string, password: string) {
  const user = await checkCredentials(username, password);
  return toSessionUser(user!);
}

describe("a session's user, confirmed against the database on each request", () => {
  it("stands while nothing changed", async () => {
    const alice = await signedIn("alice", "alice-pass-2026");
    expect(await confirmSessionUser(alice)).toEqual(alice);
  });

  it("no longer counts once the user's sessions were ended", async () => {
    const alice = await signedIn("alice", "alice-pass-2026");
    await endAllSessionsOf(alice.id);
    expect(await confirmSessionUser(alice)).toBeNull();
    expect(await confirmSessionUser(await signedIn("alice", "alice-pass-2026"))).not.toBeNull();
  });

  it("ends the sessions from before a role change, and a new sign-in carries the new role", async () => {
    const before = await signedIn("admin", "admin-pass-2026");
    await changeRole(before.id, "user");
    expect(await confirmSessionUser(before)).toBeNull();
    const after = await signedIn("admin", "admin-pass-2026");
    expect((await confirmSessionUser(after))?.role).toBe("user");
    await changeRole(before.id, "admin");
    expect(await confirmSessionUser(after)).toBeNull();
    expect((await confirmSessionUser(await signedIn("admin", "admin-pass-2026")))?.role).toBe("admin");
  });

  it("no longer counts, and cannot sign in, when the account is disabled", async () => {
    const db = database.db();
    const alice = await signedIn("alice", "alice-pass-2026");
    await db.user.update({ where: { id: alice.id }, data: { disabled: true } });
    expect(await confirmSessionUser(alice)).toBeNull();
    expect(await checkCredentials("alice", "alice-pass-2026")).toBeNull();
    await db.user.update({ where: { id: alice.id }, data: { disabled: false } });
  });
});
