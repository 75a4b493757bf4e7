import "server-only";

import { getDb } from "@/lib/db";

import { roleOf, type SessionUser } from "./session-user";

/**
 * The session's user as the database knows them now, or null when the session no longer counts:
 * the account is gone or disabled, or its sessions were ended since this one began (a log-out with
 * the cookie store, "sign out everywhere", a role change). The role and the name come from the
 * row, not from the snapshot taken at log-in, so a demotion applies on the very next request.
 */
export async function confirmSessionUser(user: SessionUser): Promise<SessionUser | null> {
  const row = await getDb().user.findUnique({
    where: { id: user.id },
    select: { displayName: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!row || row.disabled || row.sessionVersion !== user.sessionVersion) return null;
  return { ...user, name: row.displayName, role: roleOf(row.role) };
}
