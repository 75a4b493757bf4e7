import "server-only";

import { headers } from "next/headers";

import { requireUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessionsOf } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { clientOf, currentSessionToken, getSession } from "@/lib/session";
import { registryIdOf } from "@/lib/session/user-sessions";

import { keepThisSession } from "./own-sessions";
import { passwordMatches } from "./reauth";
import { REAUTH_KEY } from "./reauth-window";

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong-password" };

// #region change-password
/**
 * A new password, given the current one. This session always gets a new id; the others end unless
 * the user chose to keep them (ending them is the default: a password is changed most often
 * because someone else may know it).
 */
export async function changePassword(current: string, next: string, endOthers: boolean): Promise<ChangePasswordResult> {
  const user = await requireUser("/account");
  if (!(await passwordMatches(user.id, current))) return { ok: false, reason: "wrong-password" };
  await getDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(next) } });

  const token = await currentSessionToken();
  const keep = token && registryIdOf(token);
  if (endOthers) {
    await keepThisSession(user, await endAllSessionsOf(user.id, keep));
  } else {
    await (await getSession()).regenerate();
  }
  // The current password was just typed: that counts as the re-check for ending sessions too.
  const session = await getSession();
  session.set(REAUTH_KEY, Date.now());
  await session.save();
  const fresh = await currentSessionToken();
  await recordSecurityEvent({
    kind: "password-changed",
    user,
    client: clientOf(await headers()),
    sessionId: fresh && registryIdOf(fresh),
    detail: endOthers ? "other sessions ended" : "other sessions kept",
  });
  return { ok: true };
}
// #endregion change-password
