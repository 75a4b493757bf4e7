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
 * Logs a session that ended as a request came in (lib/session/open-session.ts). A timeout is
 * logged only for a signed-in session: a visitor's cart timing out is not a security event. A
 * cookie that is not one of ours always is, whoever sent it.
 */
export async function recordSessionEnding(event: SessionEvent): Promise<void> {
  const { client } = event;
  if (event.reason === "tampered-cookie") {
    await recordSecurityEvent({ kind: "tampered-cookie", client, sessionId: registryIdOf(event.token) });
    return;
  }
  const user = signedInUserOf(event.data);
  if (user) await recordSecurityEvent({ kind: event.reason, user, client, sessionId: registryIdOf(event.token) });
}

/** Subscribes the log to the session layer's events; instrumentation.ts calls it once at start-up. */
export const logSessionEndings = () => onSessionEvent("security-log", recordSessionEnding);
