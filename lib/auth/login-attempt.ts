import "server-only";

import { checkCredentials } from "./login";
import { accountKey, ACCOUNT_LIMIT, ADDRESS_LIMIT, addressKey, forget, lockedForSeconds, recordFailure } from "./throttle";
import type { UserWithPassword } from "./users";

export type LoginAttempt =
  | { ok: true; user: UserWithPassword }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * One sign-in attempt, throttled per account and per client address. A locked key is answered
 * before the password is looked at, for a known and an unknown name alike, so the lock tells
 * nothing about which accounts exist. A success clears the account's count, not the address's.
 */
export async function attemptLogin(username: string, password: string, ip: string, now = Date.now()): Promise<LoginAttempt> {
  const keys = [accountKey(username), addressKey(ip)];
  const waits = await Promise.all(keys.map((key) => lockedForSeconds(key, now)));
  const retryAfterSeconds = Math.max(...waits);
  if (retryAfterSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds };

  const user = await checkCredentials(username, password);
  if (user) {
    await forget(keys[0]!);
    return { ok: true, user };
  }
  await recordFailure(keys[0]!, ACCOUNT_LIMIT, now);
  await recordFailure(keys[1]!, ADDRESS_LIMIT, now);
  return { ok: false, reason: "invalid" };
}
