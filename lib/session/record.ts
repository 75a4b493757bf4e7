import type { SessionData, SessionRecord } from "./store";

/** Guards what a store reads back: a record from an older version or a corrupt row counts as no session. */
export function isSessionRecord(value: unknown): value is SessionRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Partial<SessionRecord>;
  return (
    typeof record.data === "object" &&
    record.data !== null &&
    !Array.isArray(record.data) &&
    typeof record.permanent === "boolean" &&
    typeof record.createdAt === "number" &&
    typeof record.lastSeenAt === "number" &&
    typeof record.expiresAt === "number"
  );
}

export function newRecord(ttlSeconds: number, now = Date.now()): SessionRecord {
  return { data: {}, permanent: false, createdAt: now, lastSeenAt: now, expiresAt: now + ttlSeconds * 1000 };
}

/** The user id a session belongs to (set at log-in), so server-side stores can list and end sessions per user. */
export function userIdOf(data: SessionData): number | null {
  const user = data.user;
  if (typeof user === "object" && user !== null && !Array.isArray(user) && typeof user.id === "number") return user.id;
  return null;
}
