import "server-only";

import { adoptSavedPreferences } from "@/lib/preferences";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { describeDevice } from "@/lib/security-log/device";
import { currentSessionToken, getSession, sessionsLiveOnServer, type Session } from "@/lib/session";
import type { ClientInfo } from "@/lib/session/client-binding";
import { endSessionsBeyondLimit, registryIdOf, sessionRegistry } from "@/lib/session/user-sessions";

import { verifyPassword } from "./password";
import { MAX_SESSIONS_PER_USER } from "./session-limit";
import { DEVICE_KEY, sessionUserSchema, type SessionUser } from "./session-user";
import { endAllSessionsOf, findUserForLogin, toSessionUser, type UserWithPassword } from "./users";

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
  // A disabled account gets the same answer as a wrong password, after the same work.
  return user && matches && !user.disabled ? user : null;
}

// #region start-user-session
/**
 * Flask-Login's login_user(user), plus what it leaves to you: the session gets a new id
 * (regenerate), so an id planted before the log-in (session fixation) is worth nothing after it.
 * Everything else in the session, a cart for one, comes along. Saved preferences are adopted.
 */
export async function startUserSession(session: Session, user: UserWithPassword, client?: ClientInfo): Promise<SessionUser> {
  const sessionUser = toSessionUser(user);
  session.set("user", sessionUser);
  // What /account shows to tell this session from the user's others: words, not the User-Agent.
  if (client) session.set(DEVICE_KEY, { ...describeDevice(client.userAgent) });
  await adoptSavedPreferences(session, user.id);
  await session.regenerate();
  const registry = sessionRegistry();
  if (registry) await endSessionsBeyondLimit(registry, user.id, MAX_SESSIONS_PER_USER);
  return sessionUser;
}
// #endregion start-user-session

// #region end-user-session
/**
 * Flask-Login's logout_user() and session.clear() in one: the store forgets it, the cookie goes.
 * A sealed cookie cannot be forgotten by the server, and a copy of it would still open; so with
 * the cookie store the user's session version moves on, which ends that copy, and with it the
 * user's sessions in other browsers too (the trade-off the inspector explains).
 */
export async function endUserSession(client: ClientInfo): Promise<void> {
  const [session, token] = await Promise.all([getSession(), currentSessionToken()]);
  const user = sessionUserSchema.safeParse(session.get("user"));
  if (user.success && !sessionsLiveOnServer()) await endAllSessionsOf(user.data.id);
  await session.destroy();
  if (user.success) await recordSecurityEvent({ kind: "sign-out", user: user.data, client, sessionId: token && registryIdOf(token) });
}
// #endregion end-user-session
