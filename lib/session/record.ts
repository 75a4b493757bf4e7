import type { SessionRecord } from "./store";

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
