import type { AppConfig } from "@/lib/config/schema";

import { bindingOf, type ClientInfo } from "./client-binding";
import { isExpired, newRecord, timeoutOf, type SessionTimeouts } from "./record";
import { Session, type SessionPersistence } from "./session";
import type { Refusal, SessionData, SessionStore } from "./store";

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
): Promise<{ session: Session; refused: boolean; ending?: SessionEnding }> {
  const timeouts = timeoutsOf(config);
  const binding = bindingOf(config.sessionBind, client);
  const now = clock();

  let record = sentToken ? await store.load(sentToken) : null;
  let ending: SessionEnding | undefined;
  if (sentToken && record && isExpired(record, timeouts, now)) {
    ending = { reason: timeoutOf(record, timeouts, now), token: sentToken, data: record.data };
  }
  if (sentToken && record && (ending || (binding !== undefined && record.binding !== binding))) {
    await store.destroy(sentToken);
    record = null;
  }
  if (sentToken && !record && !ending && store.refusalOf) ending = endingOf(await store.refusalOf(sentToken), sentToken, timeouts, now);
  const token = record ? sentToken : null;
  const rewriteDue = token !== null && (store.needsRewrite?.(token) ?? false);
  const session = new Session(record ?? newRecord(timeouts, now, binding), token, { timeouts, clock, binding, rewriteDue }, persistence);
  return { session, refused: sentToken !== null && token === null, ending };
}

/**
 * A session that ended as this request came in, for the security log: a timeout (with what the
 * session held, to say whose it was) or a cookie that was not one of ours. The caller logs it:
 * lib/session stays free of the log's database.
 */
export type SessionEnding =
  | { reason: "idle-timeout" | "absolute-timeout"; token: string; data: SessionData }
  | { reason: "tampered-cookie"; token: string };

/** A timeout is worth a log entry only when the store could still say whose session it was. */
function endingOf(refusal: Refusal | null, token: string, timeouts: SessionTimeouts, now: number): SessionEnding | undefined {
  if (refusal?.reason === "forged") return { reason: "tampered-cookie", token };
  if (refusal?.reason === "expired" && refusal.record) return { reason: timeoutOf(refusal.record, timeouts, now), token, data: refusal.record.data };
  return undefined;
}
