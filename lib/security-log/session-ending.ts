import "server-only";

import { onSessionEvent, type SessionEvent } from "@/lib/session/events";
import { registryIdOf } from "@/lib/session/user-sessions";

import { recordSecurityEvent } from "./record";

function signedInUserOf(data: Record<string, unknown>): { id: number; username: string } | null {
  const user = data.user;
  if (typeof user !== "object" || user === null) return null;
  const { id, username } = user as { id?: unknown; username?: unknown };
  return typeof id === "number" && typeof username === "string" ? { id, username } : null;
}

/**
 * Logs a session cookie refused as a request came in (lib/session/open-session.ts), in every
 * store. A timeout is logged only for a signed-in session: a visitor's cart timing out is not a
 * security event. A cookie that is not one of ours, an id the store does not know, and a cookie
 * from another client than its session's always are, whoever sent them; a burst of them from one
 * client is one entry with a count (./burst.ts).
 */
export async function recordSessionEnding(event: SessionEvent): Promise<void> {
  const { client } = event;
  const sessionId = registryIdOf(event.token);
  if (event.reason === "tampered-cookie" || event.reason === "unknown-session") {
    await recordSecurityEvent({ kind: event.reason, client, sessionId });
    return;
  }
  const user = signedInUserOf(event.data);
  if (event.reason === "binding-mismatch") await recordSecurityEvent({ kind: event.reason, user, client, sessionId });
  else if (user) await recordSecurityEvent({ kind: event.reason, user, client, sessionId });
}

/** Subscribes the log to the session layer's events; instrumentation.ts calls it once at start-up. */
export const logSessionEndings = () => onSessionEvent("security-log", recordSessionEnding);
