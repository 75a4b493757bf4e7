import "server-only";

import { getDb } from "@/lib/db";

import { requireUser } from "./current-user";
import type { Role, SessionUser } from "./session-user";

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

/** A role column holding anything else counts as the least privileged role, never as admin. */
export const roleOf = (stored: string): Role => (stored === "admin" ? "admin" : "user");

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
 * Ends every session of this user, in every store, on its next request: each carries the
 * version it was signed in with, and no longer matches.
 */
export async function endAllSessionsOf(userId: number): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * A role change ends the user's sessions (OWASP: a new session id on every change of privilege):
 * they sign in again and get a new id with the new role.
 */
export async function changeRole(userId: number, role: Role): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
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
