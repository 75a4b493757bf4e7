import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, opendir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

import { fileLocks } from "../file-lock";
import { parseRecord } from "../record";
import { endingByHash, hashSessionToken, isWellFormedToken, newSessionToken, summaryOf, userIdOf } from "../session-id";
import { REGISTRY_LIST_LIMIT, type SessionRecord, type SessionStore } from "../store";

/** How many files one purge pass looks at, so a folder of a million stale sessions never stalls a request. */
export const PURGE_BATCH = 200;
const PURGE_INTERVAL_MS = 60_000;

// A session file is "<64 hex>.json"; temporary files and anything else in the folder are not sessions.
const SESSION_FILE = /^[0-9a-f]{64}\.json$/;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/**
 * One file per session under `dir`: Flask-Session's SESSION_TYPE = "filesystem", the store its
 * documentation starts with. The file is named by the SHA-256 of the id, so a directory listing
 * gives away no cookie, and holds the whole SessionRecord as JSON.
 */
export function fileStore(dir: string): SessionStore & { purgeBatch(): Promise<number> } {
  const folder = path.resolve(dir);
  const fileOf = (idHash: string) => path.join(folder, `${idHash}.json`);
  let lastPurge = 0;
  let purgeCursor = 0;
  let folderReady: Promise<unknown> | null = null;

  // 0700: other accounts on the machine must not read sessions (or list who is logged in).
  const ensureFolder = () => (folderReady ??= mkdir(folder, { recursive: true, mode: 0o700 }).catch((error) => ((folderReady = null), Promise.reject(error))));

  async function readRecord(file: string): Promise<SessionRecord | null> {
    try {
      return parseRecord(await readFile(file, "utf8"));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Written to a temporary file then renamed over the old one: rename is atomic on one file
   * system, so a reader sees the old session or the new one, never half of each.
   */
  async function writeRecord(idHash: string, record: SessionRecord) {
    await ensureFolder();
    const temporary = path.join(folder, `.${idHash}.${randomBytes(6).toString("hex")}.tmp`);
    await writeFile(temporary, JSON.stringify(record), { mode: 0o600 });
    try {
      await rename(temporary, fileOf(idHash));
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
  }

  // One writer at a time per session, in every process: whoever creates `.<hash>.lock` holds it.
  // Readers take no lock: the rename in writeRecord already hands them a whole file.
  const withLock = fileLocks((idHash) => path.join(folder, `.${idHash}.lock`), ensureFolder);

  /** Deletes an expired session's file without the lock: update() refuses it, so no writer will write it again. */
  const removeExpired = (idHash: string) => unlink(fileOf(idHash)).catch((error) => (isMissing(error) ? undefined : Promise.reject(error)));
  /** Ends a session under its lock, so that an update in flight cannot write it back after. */
  const remove = (idHash: string) => withLock(idHash, () => removeExpired(idHash));

  /**
   * Every live session file with its record; a corrupt or expired one is skipped (and an expired one
   * deleted). The folder is the only index this store has, so listing reads every file.
   */
  async function liveSessions(): Promise<{ idHash: string; record: SessionRecord }[]> {
    let directory;
    try {
      directory = await opendir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const found: { idHash: string; record: SessionRecord }[] = [];
    for await (const entry of directory) {
      if (!entry.isFile() || !SESSION_FILE.test(entry.name)) continue;
      const idHash = entry.name.slice(0, 64);
      const record = await readRecord(fileOf(idHash));
      if (record === null) continue;
      if (record.expiresAt <= Date.now()) await removeExpired(idHash);
      else found.push({ idHash, record });
    }
    return found;
  }

  /**
   * Reads the next PURGE_BATCH session files, going round the folder from where the last pass
   * stopped, and deletes the expired ones. Returns how many it deleted.
   */
  async function purgeBatch(): Promise<number> {
    const names = (await readdir(folder).catch((error) => (isMissing(error) ? [] : Promise.reject(error)))).filter((name) => SESSION_FILE.test(name)).sort();
    let deleted = 0;
    for (let step = 0; step < Math.min(PURGE_BATCH, names.length); step++) {
      const idHash = names[(purgeCursor + step) % names.length]!.slice(0, 64);
      const record = await readRecord(fileOf(idHash));
      if (record !== null && record.expiresAt > Date.now()) continue;
      // Expired or unreadable: either way no request can use it any more.
      await removeExpired(idHash);
      deleted++;
    }
    purgeCursor = names.length === 0 ? 0 : (purgeCursor + PURGE_BATCH) % names.length;
    return deleted;
  }

  /** A purge pass at most once a minute, started by a new session, as Flask-Session's cachelib prunes on write. */
  function purgeNowAndThen() {
    const now = Date.now();
    if (now - lastPurge < PURGE_INTERVAL_MS) return;
    lastPurge = now;
    // Not awaited: the request that happens to trigger it should not wait for the clean-up.
    purgeBatch().catch((error) => console.warn("Purging expired session files failed:", error));
  }

  async function create(record: SessionRecord): Promise<string> {
    const token = newSessionToken();
    await writeRecord(hashSessionToken(token), record);
    purgeNowAndThen();
    return token;
  }

  return {
    kind: "file",
    purgeBatch,

    async load(token) {
      if (!isWellFormedToken(token)) return null;
      const idHash = hashSessionToken(token);
      const record = await readRecord(fileOf(idHash));
      if (record === null) return null;
      // Expiry is checked on every read: a file outlives its session until the purge reaches it.
      // An expired one is left for refusalOf, which the session layer asks next: it reads whose
      // session timed out, for the security log, and deletes the file.
      return record.expiresAt <= Date.now() ? null : record;
    },

    async refusalOf(token) {
      if (!isWellFormedToken(token)) return { reason: "forged" };
      const idHash = hashSessionToken(token);
      const record = await readRecord(fileOf(idHash));
      if (record === null) return { reason: "unknown" };
      if (record.expiresAt > Date.now()) return null;
      await removeExpired(idHash);
      return { reason: "expired", record };
    },

    async save(token, record) {
      if (token === null || !isWellFormedToken(token)) return create(record);
      const idHash = hashSessionToken(token);
      const saved = await withLock(idHash, async () => {
        // A session ended meanwhile (log-out elsewhere, the admin page) stays ended: it gets a new id.
        const exists = await stat(fileOf(idHash)).then(
          () => true,
          (error) => (isMissing(error) ? false : Promise.reject(error)),
        );
        if (exists) await writeRecord(idHash, record);
        return exists;
      });
      return saved ? token : create(record);
    },

    // Under the session's lock, the read, the change and the write are one step: no lost update.
    async update(token, change) {
      if (!isWellFormedToken(token)) return null;
      const idHash = hashSessionToken(token);
      return withLock(idHash, async () => {
        const current = await readRecord(fileOf(idHash));
        if (current === null || current.expiresAt <= Date.now()) return null;
        const next = change(current);
        await writeRecord(idHash, next);
        return { token, record: next };
      });
    },

    ...endingByHash(remove, create),

    async describe(token) {
      if (!isWellFormedToken(token)) return null;
      const file = fileOf(hashSessionToken(token));
      try {
        const [info, content] = await Promise.all([stat(file), readFile(file, "utf8")]);
        return [
          { label: "file", value: path.relative(process.cwd(), file) || file },
          { label: "mode", value: `0${(info.mode & 0o777).toString(8)}` },
          { label: "size", value: `${info.size} B` },
          { label: "modified", value: info.mtime.toISOString() },
          { label: "data", value: content },
        ];
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async ping() {
      await ensureFolder();
      return { liveSessions: (await liveSessions()).length };
    },

    registry: {
      async list(userId) {
        const summaries = (await liveSessions()).map(({ idHash, record }) => summaryOf(idHash, record));
        return summaries
          .filter((summary) => userId === undefined || summary.userId === userId)
          .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())
          .slice(0, REGISTRY_LIST_LIMIT);
      },
      async endById(id) {
        if (/^[0-9a-f]{64}$/.test(id)) await remove(id);
      },
      async endAllForUser(userId) {
        let ended = 0;
        for (const { idHash, record } of await liveSessions()) {
          if (userIdOf(record.data) !== userId) continue;
          await remove(idHash);
          ended++;
        }
        return ended;
      },
    },
  };
}
