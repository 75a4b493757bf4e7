import "server-only";

import type { ClientInfo } from "@/lib/session/client-binding";
import type { SessionEnding } from "@/lib/session/open-session";
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
export async function recordSessionEnding(ending: SessionEnding | undefined, client: ClientInfo): Promise<void> {
  if (!ending) return;
  if (ending.reason === "tampered-cookie") {
    await recordSecurityEvent({ kind: "tampered-cookie", client, sessionId: registryIdOf(ending.token) });
    return;
  }
  const user = signedInUserOf(ending.data);
  if (user) await recordSecurityEvent({ kind: ending.reason, user, client, sessionId: registryIdOf(ending.token) });
}
