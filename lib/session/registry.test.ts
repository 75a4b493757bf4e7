import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/db-client";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import { registryIdOf } from "./user-sessions";
import { newRecord } from "./record";
import { sealedCookieStore } from "./stores/cookie";
import { databaseStore } from "./stores/database";

let db: PrismaClient;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ db, remove } = await createTemporaryDatabase());
});
afterAll(() => remove());

describe("the session registry as the admin page uses it", () => {
  it("names a cookie's session by the id the registry lists, so the admin sees which one is theirs", async () => {
    const store = databaseStore(db);
    const mine = await store.save(null, { ...newRecord(3600), data: { user: { id: 1, username: "admin", name: "Ada Admin", role: "admin", loggedInAt: 1 } } });
    const theirs = await store.save(null, { ...newRecord(3600), data: { name: "Hanako" } });
    const listed = (await store.registry!.list()).map((session) => session.id);
    expect(listed).toContain(registryIdOf(mine));
    expect(listed).toContain(registryIdOf(theirs));
    expect(registryIdOf(mine)).not.toBe(registryIdOf(theirs));
  });

  it("ends one session by that id and leaves the others", async () => {
    const store = databaseStore(db);
    const ending = await store.save(null, { ...newRecord(3600), data: { name: "a" } });
    const staying = await store.save(null, { ...newRecord(3600), data: { name: "b" } });
    await store.registry!.endById(registryIdOf(ending));
    expect(await store.load(ending)).toBeNull();
    expect(await store.load(staying)).not.toBeNull();
  });

  it("has no registry in the cookie store: the sessions live in the browsers", () => {
    expect(sealedCookieStore(["unit-test-secret-0123456789abcdef0123"], 3600).registry).toBeUndefined();
  });
});
