import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SessionStoreUnavailableError } from "../errors";
import { newRecord } from "../record";
import { hashSessionToken } from "../session-id";
import { describeStoreContract } from "@/lib/testing/store-contract";
import { fileStore, PURGE_BATCH } from "./file";

let root: string;
let dirs = 0;
/** A folder of its own per store, so one test's files never count in another's. */
const freshDir = () => path.join(root, `sessions-${++dirs}`);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "file-store-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

let contractDir = "";
describeStoreContract(
  "file",
  () => {
    contractDir = freshDir();
    return fileStore(contractDir);
  },
  {
    revokesOldTokens: true,
    corrupt: (token) => writeFile(path.join(contractDir, `${hashSessionToken(token)}.json`), '{"data": {"name": "half writ'),
  },
);

describe("file store", () => {
  it("names each file by the id's hash, owner-only, holding the whole record", async () => {
    const dir = freshDir();
    const store = fileStore(dir);
    const record = { ...newRecord(3600), data: { user: { id: 7, name: "alice" } } };
    const token = await store.save(null, record);
    const files = await readdir(dir);
    expect(files).toEqual([`${hashSessionToken(token)}.json`]);
    expect(files.join()).not.toContain(token);
    expect((await stat(path.join(dir, files[0]!))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(path.join(dir, files[0]!), "utf8"))).toEqual(record);
  });

  it("leaves no temporary file behind after a burst of writes", async () => {
    const dir = freshDir();
    const store = fileStore(dir);
    const token = await store.save(null, newRecord(3600));
    await Promise.all(Array.from({ length: 20 }, (_, count) => store.save(token, { ...newRecord(3600), data: { count } })));
    expect(await readdir(dir)).toEqual([`${hashSessionToken(token)}.json`]);
  });

  it("refuses an expired file, then says whose it was and deletes it", async () => {
    const dir = freshDir();
    const store = fileStore(dir);
    // The first session created starts the once-a-minute purge, which would take the expired file first.
    await store.destroy(await store.save(null, { data: { name: "first" }, permanent: false, createdAt: Date.now(), lastSeenAt: Date.now(), expiresAt: Date.now() + 60_000 }));
    await store.purgeBatch();
    const past = Date.now() - 1000;
    const token = await store.save(null, { data: { name: "old" }, permanent: false, createdAt: past - 1000, lastSeenAt: past - 1000, expiresAt: past });
    expect(await store.load(token)).toBeNull();
    const refusal = await store.refusalOf!(token);
    expect(refusal?.reason === "expired" && refusal.record?.data).toEqual({ name: "old" });
    expect(await readdir(dir)).toEqual([]);
    expect(await store.refusalOf!(token)).toEqual({ reason: "unknown" });
  });

  it("purges expired files in bounded batches, going round the folder", async () => {
    const dir = freshDir();
    const store = fileStore(dir);
    const past = Date.now() - 1000;
    const expired = { data: {}, permanent: false, createdAt: past - 1000, lastSeenAt: past - 1000, expiresAt: past };
    const count = PURGE_BATCH + 50;
    const live = await store.save(null, newRecord(3600));
    for (let index = 0; index < count; index++) await store.save(null, expired);
    // Saving started one pass in the background; run passes until it is clean, each bounded.
    let passes = 0;
    while ((await readdir(dir)).length > 1 && passes < 5) {
      const deleted = await store.purgeBatch();
      expect(deleted).toBeLessThanOrEqual(PURGE_BATCH);
      passes++;
    }
    expect(await readdir(dir)).toEqual([`${hashSessionToken(live)}.json`]);
    expect(await store.load(live)).not.toBeNull();
  });

  it("counts only live sessions in its ping", async () => {
    const store = fileStore(freshDir());
    await store.save(null, newRecord(3600));
    await store.save(null, newRecord(3600));
    const past = Date.now() - 1000;
    await store.save(null, { data: {}, permanent: false, createdAt: past, lastSeenAt: past, expiresAt: past });
    expect(await store.ping()).toEqual({ liveSessions: 2 });
  });

  it("takes over a lock left by a process that died holding it, and never waits forever for a held one", async () => {
    const dir = freshDir();
    const store = fileStore(dir);
    const token = await store.save(null, { ...newRecord(3600), data: { count: 1 } });
    const lock = path.join(dir, `.${hashSessionToken(token)}.lock`);
    const addOne = (current: ReturnType<typeof newRecord>) => ({ ...current, data: { count: (current.data.count as number) + 1 } });

    // Left behind a minute ago: stale, so the update goes ahead.
    await writeFile(lock, "");
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, aMinuteAgo, aMinuteAgo);
    expect((await store.update!(token, addOne))?.record.data).toEqual({ count: 2 });
    expect(await readdir(dir)).toEqual([`${hashSessionToken(token)}.json`]);

    // Held right now by someone who never lets go: a 503 after a bounded wait, and nothing written.
    await writeFile(lock, "");
    await expect(store.update!(token, addOne)).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    expect((await store.load(token))?.data).toEqual({ count: 2 });
  });
});
