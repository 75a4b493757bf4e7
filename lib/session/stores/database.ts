import "server-only";

import { isDatabaseUnreachable, type PrismaClient } from "@/lib/db-client";

import { CONFLICT, retryOnConflict } from "../conflict-retry";
import { isSessionRecord } from "../record";
import { hashSessionToken, isWellFormedToken, newSessionToken, userIdOf } from "../session-id";
import { REGISTRY_LIST_LIMIT, type SessionRecord, type SessionStore, type StoredSessionSummary } from "../store";
import { reportingUnavailable } from "../store-guard";

/**
 * Expired rows are purged lazily, like Flask-Session's SQLAlchemy cleanup: when a session is
 * created, at most once a minute per server process, and at most this many rows at a time, so
 * no single request pays for a backlog. A row seen after its expiry
 * (refusalOf) is deleted on the spot too.
 */
const PURGE_EVERY_MS = 60_000;
const PURGE_BATCH = 200;

/** Server-side sessions in a Prisma table: Flask-Session's SESSION_TYPE = "sqlalchemy". */
export function databaseStore(db: PrismaClient): SessionStore {
  let lastPurge = 0;

  const findRow = (idHash: string) => db.session.findUnique({ where: { idHash } });

  /** Deletes up to PURGE_BATCH expired rows; returns how many went. */
  async function purgeExpired(now = Date.now()): Promise<number> {
    lastPurge = now;
    const expired = await db.session.findMany({ where: { expiresAt: { lte: new Date(now) } }, select: { idHash: true }, take: PURGE_BATCH });
    if (expired.length === 0) return 0;
    const { count } = await db.session.deleteMany({ where: { idHash: { in: expired.map((row) => row.idHash) } } });
    return count;
  }

  // `revision` grows with every write, so update() can tell whether anyone wrote in between.
  const rowOf = (record: SessionRecord, revision = 0) => ({
    data: JSON.stringify({ data: record.data, permanent: record.permanent, binding: record.binding, revision }),
    userId: userIdOf(record.data),
    lastSeenAt: new Date(record.lastSeenAt),
    expiresAt: new Date(record.expiresAt),
  });

  /**
   * The record a row holds and the row's revision, or null for a row this version cannot read.
   * Built field by field: no spread and no `delete`, which would leave V8 a slow dictionary
   * object on a path every request of this store takes.
   */
  function parseRow(row: { data: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }): { record: SessionRecord; revision: number } | null {
    let stored: unknown;
    try {
      stored = JSON.parse(row.data);
    } catch {
      return null;
    }
    if (typeof stored !== "object" || stored === null) return null;
    const { data, permanent, binding, revision = 0 } = stored as Partial<SessionRecord> & { revision?: unknown };
    const record = { data, permanent, createdAt: row.createdAt.getTime(), lastSeenAt: row.lastSeenAt.getTime(), expiresAt: row.expiresAt.getTime() } as SessionRecord;
    if (binding !== undefined) record.binding = binding;
    if (!isSessionRecord(record) || typeof revision !== "number") return null;
    return { record, revision };
  }

  async function create(record: SessionRecord): Promise<string> {
    if (Date.now() - lastPurge >= PURGE_EVERY_MS) await purgeExpired();
    const token = newSessionToken();
    await db.session.create({
      data: { idHash: hashSessionToken(token), createdAt: new Date(record.createdAt), ...rowOf(record) },
    });
    return token;
  }

  return reportingUnavailable({
    kind: "database",

    async load(token) {
      if (!isWellFormedToken(token)) return null;
      const idHash = hashSessionToken(token);
      const row = await findRow(idHash);
      // An expired row is left for refusalOf, which the session layer asks next: it reads whose
      // session timed out, for the security log, and deletes the row.
      if (!row || row.expiresAt.getTime() <= Date.now()) return null;
      return parseRow(row)?.record ?? null;
    },

    async refusalOf(token) {
      if (!isWellFormedToken(token)) return { reason: "forged" };
      const idHash = hashSessionToken(token);
      const row = await findRow(idHash);
      if (!row) return { reason: "unknown" };
      if (row.expiresAt.getTime() > Date.now()) return null;
      await db.session.deleteMany({ where: { idHash } });
      return { reason: "expired", record: parseRow(row)?.record ?? null };
    },

    // Compare-and-swap on the stored text: read, change, and write only if nobody wrote in between
    // (the revision inside makes every write's text unique); otherwise read again and redo the
    // change. Portable to every database Prisma speaks, and correct across app instances.
    async update(token, change) {
      if (!isWellFormedToken(token)) return null;
      const idHash = hashSessionToken(token);
      return retryOnConflict("database", async () => {
        const row = await findRow(idHash);
        const current = row && row.expiresAt.getTime() > Date.now() ? parseRow(row) : null;
        if (!row || !current) return null;
        const next = change(current.record);
        const { count } = await db.session.updateMany({ where: { idHash, data: row.data }, data: rowOf(next, current.revision + 1) });
        return count === 1 ? { token, record: next } : CONFLICT;
      });
    },

    async save(token, record) {
      if (token === null || !isWellFormedToken(token)) return create(record);
      // updateMany, not update: a session ended elsewhere meanwhile must stay ended, not throw.
      const { count } = await db.session.updateMany({ where: { idHash: hashSessionToken(token) }, data: rowOf(record) });
      return count === 1 ? token : create(record);
    },

    async destroy(token) {
      await db.session.deleteMany({ where: { idHash: hashSessionToken(token) } });
    },

    async regenerate(token, record) {
      if (token !== null) await db.session.deleteMany({ where: { idHash: hashSessionToken(token) } });
      return create(record);
    },

    async describe(token) {
      if (!isWellFormedToken(token)) return null;
      const row = await db.session.findUnique({ where: { idHash: hashSessionToken(token) } });
      if (!row) return null;
      return [
        { label: "table", value: "Session" },
        { label: "idHash", value: row.idHash },
        { label: "userId", value: row.userId === null ? "null" : String(row.userId) },
        { label: "createdAt", value: row.createdAt.toISOString() },
        { label: "lastSeenAt", value: row.lastSeenAt.toISOString() },
        { label: "expiresAt", value: row.expiresAt.toISOString() },
        { label: "data", value: row.data },
      ];
    },

    async ping() {
      return { liveSessions: await db.session.count({ where: { expiresAt: { gt: new Date() } } }) };
    },

    registry: {
      async list(userId) {
        const rows = await db.session.findMany({ where: { expiresAt: { gt: new Date() }, userId }, orderBy: { lastSeenAt: "desc" }, take: REGISTRY_LIST_LIMIT });
        return rows.flatMap((row): StoredSessionSummary[] => {
          const record = parseRow(row)?.record;
          if (!record) return [];
          return [{ id: row.idHash, userId: row.userId, data: record.data, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt }];
        });
      },
      async endById(id) {
        await db.session.deleteMany({ where: { idHash: id } });
      },
      async endAllForUser(userId) {
        const { count } = await db.session.deleteMany({ where: { userId } });
        return count;
      },
    },
  }, isDatabaseUnreachable);
}
