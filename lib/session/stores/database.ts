import "server-only";

import type { PrismaClient } from "@/lib/generated/sqlite";

import { isSessionRecord, userIdOf } from "../record";
import { hashSessionToken, isWellFormedToken, newSessionToken } from "../session-id";
import type { SessionRecord, SessionStore, StoredSessionSummary } from "../store";

// Tests and older imports find the hash here; it lives in ../session-id, shared by every server-side store.
export { hashSessionToken } from "../session-id";

/** Server-side sessions in a Prisma table: Flask-Session's SESSION_TYPE = "sqlalchemy". */
export function databaseStore(db: PrismaClient): SessionStore {
  const rowOf = (record: SessionRecord) => ({
    data: JSON.stringify({ data: record.data, permanent: record.permanent }),
    userId: userIdOf(record.data),
    lastSeenAt: new Date(record.lastSeenAt),
    expiresAt: new Date(record.expiresAt),
  });

  function parseRow(row: { data: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date }): SessionRecord | null {
    let stored: unknown;
    try {
      stored = JSON.parse(row.data);
    } catch {
      return null;
    }
    const record = { ...(stored as object), createdAt: row.createdAt.getTime(), lastSeenAt: row.lastSeenAt.getTime(), expiresAt: row.expiresAt.getTime() };
    return isSessionRecord(record) ? record : null;
  }

  async function create(record: SessionRecord): Promise<string> {
    const token = newSessionToken();
    await db.session.create({
      data: { idHash: hashSessionToken(token), createdAt: new Date(record.createdAt), ...rowOf(record) },
    });
    return token;
  }

  return {
    kind: "database",

    async load(token) {
      if (!isWellFormedToken(token)) return null;
      const idHash = hashSessionToken(token);
      const row = await db.session.findUnique({ where: { idHash } });
      if (!row) return null;
      if (row.expiresAt.getTime() <= Date.now()) {
        await db.session.deleteMany({ where: { idHash } });
        return null;
      }
      return parseRow(row);
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
      async list() {
        const rows = await db.session.findMany({ where: { expiresAt: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" }, take: 500 });
        return rows.flatMap((row): StoredSessionSummary[] => {
          const record = parseRow(row);
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
  };
}
