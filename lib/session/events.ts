import type { ClientInfo } from "./client-binding";
import type { SessionData } from "./store";

/**
 * A session cookie refused as a request came in, in every store: a timeout or a cookie from
 * another client than the session's (SESSION_BIND), with what the session held, to say whose it
 * was; a cookie that was not one of ours (a changed seal, a malformed id); or an id the store does
 * not know (ended, forgotten at its expiry, or guessed). The session layer reports it to whoever
 * subscribes (the security log) and never imports them, so they may import it freely.
 */
export type SessionEvent = { token: string; client: ClientInfo } & (
  | { reason: "idle-timeout" | "absolute-timeout" | "binding-mismatch"; data: SessionData }
  | { reason: "tampered-cookie" }
  | { reason: "unknown-session" }
);

export type SessionEventListener = (event: SessionEvent) => void | Promise<void>;

// On globalThis: Next.js bundles the proxy apart from the routes, and a listener registered once
// (instrumentation.ts) must hear the events of both. By name, so that registering again (a dev
// server reloading a module) replaces a listener instead of adding a second one.
const LISTENERS = Symbol.for("sessions-by-example.session-event-listeners");
const shared = globalThis as { [LISTENERS]?: Map<string, SessionEventListener> };
const listeners = (shared[LISTENERS] ??= new Map());

/** Subscribes `listener` under `name` to every session event; returns the unsubscribe. */
export function onSessionEvent(name: string, listener: SessionEventListener): () => void {
  listeners.set(name, listener);
  return () => void listeners.delete(name);
}

/** Tells every listener and waits for them, so a request's log entry is written before it is answered. */
export async function reportSessionEvent(event: SessionEvent): Promise<void> {
  await Promise.all([...listeners.values()].map((listener) => listener(event)));
}
