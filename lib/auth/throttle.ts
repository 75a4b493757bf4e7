import "server-only";

import { getDb } from "@/lib/db";

/**
 * How many failed sign-ins a key may have in a window before it is locked out, and for how long.
 * Each failure past the limit doubles the lock, up to the cap: guessing gets slow fast, while a
 * person who mistyped a few times waits seconds. OWASP's Authentication Cheat Sheet, "Account lockout".
 */
interface Limit {
  maxFailures: number;
  windowSeconds: number;
  firstLockSeconds: number;
  maxLockSeconds: number;
}

/** Per account: keyed by the name typed, whether or not it exists, so a lock reveals nothing. */
export const ACCOUNT_LIMIT: Limit = { maxFailures: 5, windowSeconds: 15 * 60, firstLockSeconds: 30, maxLockSeconds: 15 * 60 };
/** Per address: higher, because many people can share one (an office, a phone network). */
export const ADDRESS_LIMIT: Limit = { maxFailures: 30, windowSeconds: 15 * 60, firstLockSeconds: 60, maxLockSeconds: 15 * 60 };

export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Seconds until this key may try again, or 0 when it is not locked. */
export async function lockedForSeconds(key: string, now = Date.now()): Promise<number> {
  const row = await getDb().loginThrottle.findUnique({ where: { key } });
  const until = row?.lockedUntil?.getTime() ?? 0;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export async function recordFailure(key: string, limit: Limit, now = Date.now()): Promise<void> {
  const db = getDb();
  const row = await db.loginThrottle.findUnique({ where: { key } });
  const windowOpen = row !== null && now - row.windowStart.getTime() < limit.windowSeconds * 1000;
  const failures = windowOpen ? row.failures + 1 : 1;
  const windowStart = windowOpen ? row.windowStart : new Date(now);
  const over = failures - limit.maxFailures;
  const lockedUntil = over >= 0 ? new Date(now + Math.min(limit.maxLockSeconds, limit.firstLockSeconds * 2 ** over) * 1000) : null;
  await db.loginThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart, lockedUntil },
    update: { failures, windowStart, lockedUntil },
  });
}

export async function forget(key: string): Promise<void> {
  await getDb().loginThrottle.deleteMany({ where: { key } });
}
