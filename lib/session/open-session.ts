import type { AppConfig } from "@/lib/config/schema";

import { bindingOf, type ClientInfo } from "./client-binding";
import { reportSessionEvent, type SessionEvent } from "./events";
import { isExpired, newRecord, timeoutOf, type SessionTimeouts } from "./record";
import { Session, type SessionPersistence } from "./session";
import type { Refusal, SessionStore } from "./store";
import type { SessionTrace } from "./trace";

export const timeoutsOf = (config: Pick<AppConfig, "sessionIdleSeconds" | "sessionTtlSeconds">): SessionTimeouts => ({
  idleSeconds: config.sessionIdleSeconds,
  absoluteSeconds: config.sessionTtlSeconds,
});

/**
 * The session behind the token a browser sent. A token the store refuses (unknown, tampered), or
 * whose session is past a timeout or bound to another client, counts as no session: a session
 * ended that way is deleted from the store, and a new one starts in its place; `refused` says so,
 * and how it ended is reported to whoever listens (./events.ts: the security log).
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
  trace: SessionTrace | null = null,
): Promise<{ session: Session; refused: boolean; ending?: SessionEvent }> {
  const timeouts = timeoutsOf(config);
  const binding = bindingOf(config.sessionBind, client);
  const now = clock();

  let record = sentToken ? await store.load(sentToken) : null;
  const found = record !== null;
  let ending: SessionEvent | undefined;
  if (sentToken && record && isExpired(record, timeouts, now)) {
    ending = { reason: timeoutOf(record, timeouts, now), token: sentToken, data: record.data, client };
  } else if (sentToken && record && binding !== undefined && record.binding !== binding) {
    // A cookie from another browser (or address) than the session's: copied, or stolen.
    ending = { reason: "binding-mismatch", token: sentToken, data: record.data, client };
  }
  if (sentToken && record) trace?.record("checks", { result: ending?.reason ?? "ok" });
  if (sentToken && record && ending) {
    await store.destroy(sentToken);
    record = null;
  }
  if (sentToken && !record && !ending && store.refusalOf) ending = endingOf(await store.refusalOf(sentToken), sentToken, client, timeouts, now);
  if (sentToken && !found) trace?.record("refused", { result: ending?.reason ?? "unknown-session" });
  if (ending) await reportSessionEvent(ending);
  const token = record ? sentToken : null;
  const rewriteDue = token !== null && (store.needsRewrite?.(token) ?? false);
  const session = new Session(record ?? newRecord(timeouts, now, binding), token, { timeouts, clock, binding, rewriteDue, trace }, persistence);
  return { session, refused: sentToken !== null && token === null, ending };
}

/** A timeout is worth a log entry only when the store could still say whose session it was. */
function endingOf(refusal: Refusal | null, token: string, client: ClientInfo, timeouts: SessionTimeouts, now: number): SessionEvent | undefined {
  if (refusal?.reason === "forged") return { reason: "tampered-cookie", token, client };
  if (refusal?.reason === "unknown") return { reason: "unknown-session", token, client };
  if (refusal?.reason === "expired" && refusal.record) return { reason: timeoutOf(refusal.record, timeouts, now), token, client, data: refusal.record.data };
  return undefined;
}
