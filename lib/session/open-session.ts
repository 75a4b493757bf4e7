import type { AppConfig } from "@/lib/config/schema";

import { bindingOf, type ClientInfo } from "./client-binding";
import { isExpired, newRecord, type SessionTimeouts } from "./record";
import { Session, type SessionPersistence } from "./session";
import type { SessionStore } from "./store";

export const timeoutsOf = (config: Pick<AppConfig, "sessionIdleSeconds" | "sessionTtlSeconds">): SessionTimeouts => ({
  idleSeconds: config.sessionIdleSeconds,
  absoluteSeconds: config.sessionTtlSeconds,
});

/**
 * The session behind the token a browser sent. A token the store refuses (unknown, tampered), or
 * whose session is past a timeout or bound to another client, counts as no session: a session
 * ended that way is deleted from the store, and a new one starts in its place; `refused` says so.
 * The timeouts are checked here, with the record's own times, for every store alike: a cookie's
 * Max-Age or a store's TTL is never what decides.
 */
export async function openSession(
  store: SessionStore,
  config: AppConfig,
  sentToken: string | null,
  persistence: SessionPersistence,
  client: ClientInfo,
  clock: () => number = Date.now,
): Promise<{ session: Session; refused: boolean }> {
  const timeouts = timeoutsOf(config);
  const binding = bindingOf(config.sessionBind, client);
  const now = clock();

  let record = sentToken ? await store.load(sentToken) : null;
  if (sentToken && record && (isExpired(record, timeouts, now) || (binding !== undefined && record.binding !== binding))) {
    await store.destroy(sentToken);
    record = null;
  }
  const token = record ? sentToken : null;
  const rewriteDue = token !== null && (store.needsRewrite?.(token) ?? false);
  const session = new Session(record ?? newRecord(timeouts, now, binding), token, { timeouts, clock, binding, rewriteDue }, persistence);
  return { session, refused: sentToken !== null && token === null };
}
