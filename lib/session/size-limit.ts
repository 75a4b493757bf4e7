import { SessionTooLargeError } from "./errors";
import type { SessionRecord, SessionStore } from "./store";

/** The bytes a record takes in a server-side store: its JSON, which is what every one of them keeps. */
export const storedSizeOf = (record: SessionRecord): number => Buffer.byteLength(JSON.stringify(record));

/**
 * A server-side store that refuses any write over `maxBytes` (SESSION_MAX_BYTES), as a browser
 * refuses a cookie over 4096: the one place the limit is kept, for every store alike. The check
 * runs before the store is called, and inside update() before its write, so a refused write leaves
 * the stored session exactly as it was. Without it, nothing bounds a session but the server's memory:
 * every request reads and writes the whole of it.
 */
export function limitingSize(store: SessionStore, maxBytes: number): SessionStore {
  const fitting = (record: SessionRecord): SessionRecord => {
    const sizeBytes = storedSizeOf(record);
    if (sizeBytes > maxBytes) throw new SessionTooLargeError(sizeBytes, { limitBytes: maxBytes, keptIn: "store" });
    return record;
  };
  const { update } = store;
  return {
    ...store,
    save: async (token, record) => store.save(token, fitting(record)),
    regenerate: async (token, record) => store.regenerate(token, fitting(record)),
    ...(update && { update: async (token, change) => update(token, (current) => fitting(change(current))) }),
  };
}
