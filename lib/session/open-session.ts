import type { AppConfig } from "@/lib/config/schema";

import { newRecord } from "./record";
import { Session, type SessionPersistence } from "./session";
import type { SessionStore } from "./store";

/**
 * The session behind the token a browser sent. A token the store refuses (unknown, expired,
 * tampered) counts as no session, and a new one starts in its place; `refused` says so.
 */
export async function openSession(
  store: SessionStore,
  config: AppConfig,
  sentToken: string | null,
  persistence: SessionPersistence,
): Promise<{ session: Session; refused: boolean }> {
  const record = sentToken ? await store.load(sentToken) : null;
  const session = new Session(record ?? newRecord(config.sessionTtlSeconds), record ? sentToken : null, config.sessionTtlSeconds, persistence);
  return { session, refused: sentToken !== null && record === null };
}
