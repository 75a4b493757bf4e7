import "server-only";

import { adoptSavedPreferences } from "@/lib/preferences";
import { getSession, type Session } from "@/lib/session";

import { verifyPassword } from "./password";
import type { SessionUser } from "./session-user";
import { findUserForLogin, toSessionUser, type UserWithPassword } from "./users";

/**
 * A real argon2id hash, at hashPassword's parameters, of a password nobody knows. An unknown
 * username is checked against it, so that answer costs one argon2 run, like a wrong password:
 * otherwise a fast "no" would tell an attacker which usernames exist.
 */
export const DUMMY_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$F/R4wucFYgV9nNILxZnmRA$/L/pt+SgQ1yQmk+s6S0B1oxF7mxQ03xiB5rY4b3Aq7s";

/**
 * The user when the password matches, else null. Always exactly one argon2 verification, and the
 * same null for an unknown user and a wrong password: the caller answers both with one message
 * (login.invalidCredentials in the catalogues), so the form does not reveal which usernames exist.
 */
export async function checkCredentials(username: string, password: string): Promise<UserWithPassword | null> {
  const user = await findUserForLogin(username);
  const matches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  return user && matches ? user : null;
}

/**
 * Flask-Login's login_user(user), plus what it leaves to you: the session gets a new id
 * (regenerate), so an id planted before the log-in (session fixation) is worth nothing after it.
 * Everything else in the session, a cart for one, comes along. Saved preferences are adopted.
 */
export async function startUserSession(session: Session, user: UserWithPassword): Promise<SessionUser> {
  const sessionUser = toSessionUser(user);
  session.set("user", sessionUser);
  await adoptSavedPreferences(session, user.id);
  await session.regenerate();
  return sessionUser;
}

/** Flask-Login's logout_user() and session.clear() in one: the store forgets it, the cookie goes. */
export async function endUserSession(): Promise<void> {
  const session = await getSession();
  await session.destroy();
}

/**
 * True when a state-changing request was sent by a page of this site. Browsers send Origin with
 * every POST, and a page on another site cannot forge it, so a cross-site form (CSRF) is refused.
 * A missing or "null" Origin is refused too: no browser page of ours sends one.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  // Behind a proxy the public host arrives as X-Forwarded-Host; Next.js's own server actions compare the same way.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
