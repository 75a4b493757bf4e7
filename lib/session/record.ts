import type { SessionRecord } from "./store";

/** How long a session may live: idle since its last request, and in all since it began (OWASP's two timeouts). */
export interface SessionTimeouts {
  idleSeconds: number;
  absoluteSeconds: number;
}

/** A bare number means the same length for both timeouts: handy in tests and for a store's contract. */
const asTimeouts = (timeouts: SessionTimeouts | number): SessionTimeouts =>
  typeof timeouts === "number" ? { idleSeconds: timeouts, absoluteSeconds: timeouts } : timeouts;

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
    typeof record.expiresAt === "number" &&
    (record.binding === undefined || typeof record.binding === "string")
  );
}

/** A record kept as JSON (a file, a Redis or Memcached value); null for text that is not one. */
export function parseRecord(text: string): SessionRecord | null {
  try {
    const record: unknown = JSON.parse(text);
    return isSessionRecord(record) ? record : null;
  } catch {
    return null;
  }
}

/** The earlier of the two timeouts: the moment the server stops accepting this session. */
export function expiryOf(record: Pick<SessionRecord, "createdAt" | "lastSeenAt">, timeouts: SessionTimeouts | number): number {
  const { idleSeconds, absoluteSeconds } = asTimeouts(timeouts);
  return Math.min(record.createdAt + absoluteSeconds * 1000, record.lastSeenAt + idleSeconds * 1000);
}

/**
 * Worked out again from the record's own times and today's settings, not from its expiresAt alone:
 * a shorter timeout set since the record was written applies to it at once.
 */
export function isExpired(record: SessionRecord, timeouts: SessionTimeouts | number, now: number): boolean {
  return now >= Math.min(record.expiresAt, expiryOf(record, timeouts));
}

/** Which timeout ended a session: the absolute one once its whole life is used up, else the idle one. */
export function timeoutOf(record: Pick<SessionRecord, "createdAt">, timeouts: SessionTimeouts | number, now: number): "idle-timeout" | "absolute-timeout" {
  return now >= record.createdAt + asTimeouts(timeouts).absoluteSeconds * 1000 ? "absolute-timeout" : "idle-timeout";
}

/**
 * How long a store whose server expires keys itself (Redis, Memcached) keeps a session after its
 * timeout. The app decides that a session has timed out (open-session.ts), not the server: kept a
 * little longer, the key lets the browser's next request be refused as "timed out", and logged so,
 * instead of as an unknown id. The refusal deletes it; later than this, it is unknown.
 */
export const TIMED_OUT_KEPT_MS = 60 * 60 * 1000;

/** When a store that expires keys itself may forget this record. */
export const keptUntil = (record: Pick<SessionRecord, "expiresAt">): number => record.expiresAt + TIMED_OUT_KEPT_MS;

export function newRecord(timeouts: SessionTimeouts | number, now = Date.now(), binding?: string): SessionRecord {
  const record: SessionRecord = { data: {}, permanent: false, createdAt: now, lastSeenAt: now, expiresAt: 0 };
  if (binding !== undefined) record.binding = binding;
  record.expiresAt = expiryOf(record, timeouts);
  return record;
}

export const isEmptyRecord = (record: SessionRecord) => Object.keys(record.data).length === 0 && !record.permanent;
