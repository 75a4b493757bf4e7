import "server-only";

import { headers } from "next/headers";

// The admin functions check the role themselves (CONVENTIONS rule 2: where the data is read),
// so this one module of lib/session leans on lib/auth; lib/auth never imports it back.
import { requireRole } from "@/lib/auth/current-user";
import { sessionUserSchema, type SessionUser } from "@/lib/auth/session-user";
import { recordSecurityEvent } from "@/lib/security-log/record";

import { getActiveStore } from "./active-store";
import { currentSessionToken } from "./index";
import { clientOf } from "./request-client";
import type { SessionStore } from "./store";
import { registryIdOf } from "./user-sessions";

export type SessionRegistry = NonNullable<SessionStore["registry"]>;

/**
 * The active store's registry, or null for a stateless store: a sealed cookie lives only in its
 * browser, so the server has no list of sessions to show and nothing to delete.
 */
export function sessionRegistry(): SessionRegistry | null {
  return getActiveStore().registry ?? null;
}

export { registryIdOf };

/** One live session as the admin page shows it: whose it is, never what else it holds. */
export interface ActiveSession {
  id: string;
  /** null for a visitor who is not logged in (a cart, a name from the hello lesson). */
  user: SessionUser | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The session of the admin looking at the list. */
  isCurrent: boolean;
}

// Through currentSessionToken: over HTTPS the cookie is named __Host-session, not SESSION_COOKIE_NAME.
async function currentRegistryId(): Promise<string | null> {
  const token = await currentSessionToken();
  return token ? registryIdOf(token) : null;
}

/** Every live session, newest activity first; null when the store cannot list them. Admins only. */
export async function listActiveSessions(): Promise<ActiveSession[] | null> {
  await requireRole("admin", "/admin");
  const registry = sessionRegistry();
  if (!registry) return null;
  const [sessions, currentId] = await Promise.all([registry.list(), currentRegistryId()]);
  return sessions.map((session) => {
    const user = sessionUserSchema.safeParse(session.data.user);
    return {
      id: session.id,
      user: user.success ? user.data : null,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      isCurrent: session.id === currentId,
    };
  });
}

export type EndSessionResult =
  | { ended: true; user: SessionUser | null }
  | { ended: false; reason: "stateless-store" | "not-found" | "own-session" };

/**
 * Ends someone's session: the row goes, so their next request finds no session and they are
 * logged out. Admins only; the admin's own session is ended with Log out instead.
 */
export async function endSessionById(id: string): Promise<EndSessionResult> {
  const admin = await requireRole("admin", "/admin");
  const registry = sessionRegistry();
  if (!registry) return { ended: false, reason: "stateless-store" };
  if (id === (await currentRegistryId())) return { ended: false, reason: "own-session" };
  const session = (await registry.list()).find((candidate) => candidate.id === id);
  if (!session) return { ended: false, reason: "not-found" };
  await registry.endById(id);
  const user = sessionUserSchema.safeParse(session.data.user);
  if (user.success) {
    await recordSecurityEvent({ kind: "session-ended-by-admin", user: user.data, client: clientOf(await headers()), sessionId: id, detail: `by ${admin.username}` });
  }
  return { ended: true, user: user.success ? user.data : null };
}
