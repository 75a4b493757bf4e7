import "server-only";

import { headers } from "next/headers";

import { reauthIsFresh } from "@/lib/account/reauth";
import { requireRole } from "@/lib/auth/current-user";
import { roleOf, type Role, type SessionUser } from "@/lib/auth/session-user";
import { changeRole, endAllSessionsOf, setDisabled } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { clientOf } from "@/lib/session";
import { liveSessionCounts } from "@/lib/session/user-sessions";

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** Live sessions in a server-side store; null with the cookie store, which cannot count them. */
  liveSessions: number | null;
  isYou: boolean;
}

const requireAdmin = () => requireRole("admin", "/admin/users");

/** Every account, with what an admin acts on. Admins only. */
export async function listUsers(): Promise<UserSummary[]> {
  const admin = await requireAdmin();
  const rows = await getDb().user.findMany({ orderBy: { username: "asc" }, select: { id: true, username: true, displayName: true, role: true, disabled: true } });
  const counts = await liveSessionCounts(rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, role: roleOf(row.role), liveSessions: counts && (counts.get(row.id) ?? 0), isYou: row.id === admin.id }));
}

export type AdminActionResult = { ok: true; user: { username: string; displayName: string } } | { ok: false; reason: "not-found" | "yourself" | "reauth" };

/** The account an admin acts on, never the admin's own: locking yourself out is one click too easy. */
async function targetOf(admin: SessionUser, userId: number) {
  if (userId === admin.id) return "yourself" as const;
  const row = await getDb().user.findUnique({ where: { id: userId }, select: { id: true, username: true, displayName: true, role: true } });
  return row ?? ("not-found" as const);
}

async function log(kind: "account-disabled" | "account-enabled" | "role-changed" | "session-ended-by-admin", target: { id: number; username: string }, detail: string) {
  await recordSecurityEvent({ kind, user: target, client: clientOf(await headers()), detail });
}

/** Disabling ends every session of the account at once; re-enabling lets it sign in again. */
export async function setAccountDisabled(userId: number, disabled: boolean): Promise<AdminActionResult> {
  const admin = await requireAdmin();
  const target = await targetOf(admin, userId);
  if (typeof target === "string") return { ok: false, reason: target };
  await setDisabled(userId, disabled);
  await log(disabled ? "account-disabled" : "account-enabled", target, `by ${admin.username}`);
  return { ok: true, user: target };
}

/**
 * Promote or demote; applies on the user's very next request (lib/auth/users.ts changeRole). A
 * promotion hands out the keys, so it needs the admin's password again, as ending sessions does.
 */
export async function setRole(userId: number, role: Role): Promise<AdminActionResult> {
  const admin = await requireAdmin();
  const target = await targetOf(admin, userId);
  if (typeof target === "string") return { ok: false, reason: target };
  if (role === "admin" && roleOf(target.role) !== "admin" && !(await reauthIsFresh())) return { ok: false, reason: "reauth" };
  await changeRole(userId, role);
  await log("role-changed", target, `${roleOf(target.role)} → ${role}, by ${admin.username}`);
  return { ok: true, user: target };
}

// #region end-sessions-of-user
/** Signs one account out everywhere, in every store. */
export async function endSessionsOfUser(userId: number): Promise<AdminActionResult> {
  const admin = await requireAdmin();
  const target = await targetOf(admin, userId);
  if (typeof target === "string") return { ok: false, reason: target };
  await endAllSessionsOf(userId);
  await log("session-ended-by-admin", target, `all sessions, by ${admin.username}`);
  return { ok: true, user: target };
}
// #endregion end-sessions-of-user

/** Signs every other account out (a suspected break-in); the admin's own sessions stay. Returns how many accounts. */
export async function endEveryoneElsesSessions(): Promise<number> {
  const admin = await requireAdmin();
  const others = await getDb().user.findMany({ where: { id: { not: admin.id } }, select: { id: true, username: true } });
  for (const user of others) await endAllSessionsOf(user.id);
  await recordSecurityEvent({ kind: "session-ended-by-admin", user: admin, client: clientOf(await headers()), detail: `every other account (${others.length}), by ${admin.username}` });
  return others.length;
}
