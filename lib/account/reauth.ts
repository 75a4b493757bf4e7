import "server-only";

import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { getSession } from "@/lib/session";

import { REAUTH_KEY, reauthMinutesLeft, reauthStillValid } from "./reauth-window";

/** The user's password checks out now (one argon2 run); false for a wrong one or a vanished account. */
export async function passwordMatches(userId: number, password: string): Promise<boolean> {
  const row = await getDb().user.findUnique({ where: { id: userId }, select: { passwordHash: true, disabled: true } });
  return row !== null && !row.disabled && (await verifyPassword(row.passwordHash, password));
}

/** True while this session's last password re-check still counts. */
export async function reauthIsFresh(now = Date.now()): Promise<boolean> {
  return reauthStillValid((await getSession()).get(REAUTH_KEY), now);
}

/**
 * Checks the password again and, when it matches, opens the window in this session (a server
 * action saves it). Stored in the session, so it is this browser's, not the account's.
 */
export async function confirmPassword(user: SessionUser, password: string): Promise<boolean> {
  if (!(await passwordMatches(user.id, password))) return false;
  const session = await getSession();
  session.set(REAUTH_KEY, Date.now());
  await session.save();
  return true;
}

/** Whole minutes left in this session's re-check window, for the pages; 0 when closed. */
export async function reauthMinutesRemaining(now = Date.now()): Promise<number> {
  return reauthMinutesLeft((await getSession()).get(REAUTH_KEY), now);
}
