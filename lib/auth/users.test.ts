import { describe, expect, it } from "vitest";

import { sessionUserSchema } from "./session-user";
import { setUpSeededDatabase } from "./testing/seeded-database";
import { findUserForLogin, toSessionUser } from "./users";

setUpSeededDatabase();

describe("findUserForLogin", () => {
  it("finds a demo user with their role and password hash", async () => {
    const admin = await findUserForLogin("admin");
    expect(admin).toMatchObject({ username: "admin", displayName: "Ada Admin", role: "admin" });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("finds nobody for an unknown name", async () => {
    expect(await findUserForLogin("nobody")).toBeNull();
  });
});

describe("toSessionUser", () => {
  it("builds the shape session[\"user\"] holds, without the password hash", async () => {
    const alice = await findUserForLogin("alice");
    const user = toSessionUser(alice!, 1_700_000_000_000);
    expect(sessionUserSchema.parse(user)).toEqual({ id: alice!.id, username: "alice", name: "Alice Example", role: "user", loggedInAt: 1_700_000_000_000, sessionVersion: 0 });
    expect(JSON.stringify(user)).not.toContain("argon2");
  });
});
