import "server-only";

import { headers } from "next/headers";

// Every function here checks the role itself, where the data is read, so no page can list or end
// sessions by forgetting to.
import { requireRole } from "@/lib/auth/current-user";
import { sessionUserSchema, type SessionUser } from "@/lib/auth/session-user";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { clientOf, currentSessionToken } from "@/lib/session";
import { REGISTRY_LIST_LIMIT } from "@/lib/session/store";
import { registryIdOf, sessionRegistry } from "@/lib/session/user-sessions";

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

/**
 * The live sessions, newest activity first, and whether that is all of them: a busy site has more
 * than one list holds, and the page says so. Null when the store cannot list them. Admins only.
 */
export async function listActiveSessions(): Promise<{ sessions: ActiveSession[]; all: boolean } | null> {
  await requireRole("admin", "/admin");
  const registry = sessionRegistry();
  if (!registry) return null;
  const [listed, currentId] = await Promise.all([registry.list(), currentRegistryId()]);
  const sessions = listed.map((session) => {
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
  return { sessions, all: listed.length < REGISTRY_LIST_LIMIT };
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
