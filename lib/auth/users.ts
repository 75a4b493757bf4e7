import "server-only";

import { getDb } from "@/lib/db";
import { deleteSessionsOfUser } from "@/lib/session/user-sessions";

import { requireUser } from "./current-user";
import { roleOf, type Role, type SessionUser } from "./session-user";

/** What the login needs of a user row: who they are, and the hash to check the password against. */
export interface UserWithPassword {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  sessionVersion: number;
  disabled: boolean;
}

/** The row the login checks. Usernames are stored lower-case, so "Alice" finds alice. */
export async function findUserForLogin(username: string): Promise<UserWithPassword | null> {
  const row = await getDb().user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, username: true, displayName: true, role: true, passwordHash: true, sessionVersion: true, disabled: true },
  });
  return row ? { ...row, role: roleOf(row.role) } : null;
}

/** What goes into session["user"] at log-in (lib/auth/session-user.ts): a snapshot, not the row. */
export function toSessionUser(user: Pick<UserWithPassword, "id" | "username" | "displayName" | "role" | "sessionVersion">, now = Date.now()): SessionUser {
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, loggedInAt: now, sessionVersion: user.sessionVersion };
}

/**
 * Ends every session of this user, in every store, at once: the version each session carries no
 * longer matches (the only way to end a sealed cookie), and a server-side store deletes them too,
 * so they also leave the lists. `keep` is the registry id of a session to spare (the caller's
 * own); with the cookie store, the caller re-stamps its own session with the new version instead.
 * Returns the new version.
 */
export async function endAllSessionsOf(userId: number, keep?: string | null): Promise<number> {
  const { sessionVersion } = await getDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  await deleteSessionsOfUser(userId, keep);
  return sessionVersion;
}

/**
 * A role change ends every session of the user, in every store: a token issued before the change
 * must not carry the new rights (a promotion) nor keep the old ones (a demotion). Server-side
 * stores delete the rows at once; a sealed cookie carries the session version it was signed in
 * with, and the bumped version refuses it at its next request (confirmSessionUser). The user signs
 * in again and gets a new token with the new role. OWASP Session Management: renew the session
 * on any privilege change.
 */
export async function changeRole(userId: number, role: Role): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { role } });
  await endAllSessionsOf(userId);
}

/** Disabling an account ends all its sessions at once, and checkCredentials refuses it from then on. */
export async function setDisabled(userId: number, disabled: boolean): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await endAllSessionsOf(userId);
}

export interface Account {
  username: string;
  displayName: string;
  role: Role;
  memberSince: Date;
}

/**
 * The logged-in user's own account, read from the database. The check sits here, where the data
 * is read, so no page can show an account by forgetting to call requireUser first.
 */
export async function getOwnAccount(returnTo: string): Promise<Account | null> {
  const user = await requireUser(returnTo);
  const row = await getDb().user.findUnique({
    where: { id: user.id },
    select: { username: true, displayName: true, role: true, createdAt: true },
  });
  if (!row) return null;
  return { username: row.username, displayName: row.displayName, role: roleOf(row.role), memberSince: row.createdAt };
}
