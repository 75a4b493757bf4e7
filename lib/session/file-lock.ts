import { open, stat, unlink } from "node:fs/promises";

import { SessionStoreUnavailableError } from "./errors";

/** A lock this old was left by a process that died holding it: the next writer takes it over. */
const STALE_LOCK_MS = 10_000;
/** Longest a request waits for a lock before it answers 503 rather than hang. */
const LOCK_WAIT_MS = 5_000;

/**
 * One writer at a time per key, across processes: whoever creates the key's lock file holds it
 * (open with "wx" fails when the file exists), and deletes it when done. Callers of this process
 * also queue in memory, so that only one of them at a time waits on the file.
 *
 * `lockFileOf` names the lock file of a key; `beforeLocking` makes sure its folder exists.
 */
export function fileLocks(lockFileOf: (key: string) => string, beforeLocking: () => Promise<unknown>) {
  const queues = new Map<string, Promise<unknown>>();

  async function holdingLockFile<T>(lock: string, deadline: number, critical: () => Promise<T>): Promise<T> {
    await beforeLocking();
    for (let attempt = 0; ; attempt++) {
      try {
        await (await open(lock, "wx", 0o600)).close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) {
        await unlink(lock).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) throw new SessionStoreUnavailableError("file", new Error(`${lock} was held for over ${LOCK_WAIT_MS} ms`));
      // A short random pause, growing with each try, so that waiting writers do not retry in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));
    }
    try {
      return await critical();
    } finally {
      await unlink(lock).catch(() => {});
    }
  }

  /** Runs `critical` while holding `key`'s lock; a 503 if the lock stays held for LOCK_WAIT_MS. */
  return function withLock<T>(key: string, critical: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    const locked = (queues.get(key) ?? Promise.resolve()).then(() => holdingLockFile(lockFileOf(key), deadline, critical));
    const settled = locked.catch(() => {});
    queues.set(key, settled);
    // The queue forgets a key once its last caller is done, so it holds only keys in use.
    void settled.then(() => queues.get(key) === settled && queues.delete(key));
    return locked;
  };
}
