import "server-only";

import Database from "better-sqlite3";

/** A Session row as Prisma returns it. */
export interface SessionRow {
  idHash: string;
  data: string;
  userId: number | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** One Session row by id hash: null when there is none, undefined when this reader cannot say (ask Prisma). */
export type SessionRowReader = (idHash: string) => SessionRow | null | undefined;

/**
 * The database store's hot path on SQLite: every request reads its session row, and Prisma's
 * query path costs about 0.3–0.5 ms per findUnique where a prepared better-sqlite3 statement
 * takes about 6 µs (the benchmark's SQLite read was 0.62× the bare route). So reads by primary key
 * go through a read-only connection of our own to the same file; every write still goes through
 * Prisma. Every read asks the database: a row changed or deleted by any instance (a revoked
 * session) is seen by the next read. On anything unexpected (the file replaced by another kind, the
 * table missing, a date this parser does not know) it answers undefined and the store asks Prisma,
 * whose errors the app already reports (503 when the database is down).
 *
 * A row read exactly as it was last time is handed out as the same object, so that the store can
 * keep what it decoded from it (its dates here, its JSON in the store) instead of decoding it again:
 * about 20 µs of a SQLite session read inside a busy server.
 */
export function sqliteSessionRowReader(databaseUrl: string): SessionRowReader {
  // Resolved exactly as @prisma/adapter-better-sqlite3 resolves it, so both open the same file.
  const file = databaseUrl.replace(/^file:/, "");
  let select: Database.Statement<[string], RawSessionRow> | null = null;
  const lastRead = new Map<string, { raw: RawSessionRow; row: SessionRow | undefined }>();

  return (idHash) => {
    try {
      select ??= prepareSelect(file);
      const raw = select.get(idHash);
      if (raw === undefined) {
        lastRead.delete(idHash);
        return null;
      }
      const last = lastRead.get(idHash);
      if (last && sameRow(last.raw, raw)) return last.row;
      // Frozen: it is handed to every later read of the same row.
      const row = rowOf(raw);
      if (row) Object.freeze(row);
      if (lastRead.size >= ROWS_REMEMBERED) lastRead.delete(lastRead.keys().next().value!);
      lastRead.set(idHash, { raw, row });
      return row;
    } catch {
      return undefined;
    }
  };
}

/** Recent sessions whose last row read is kept, each a few hundred bytes to a few kilobytes. */
const ROWS_REMEMBERED = 1000;

const sameRow = (a: RawSessionRow, b: RawSessionRow) =>
  a.data === b.data && a.expiresAt === b.expiresAt && a.lastSeenAt === b.lastSeenAt && a.createdAt === b.createdAt && a.userId === b.userId;

function prepareSelect(file: string): Database.Statement<[string], RawSessionRow> {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return connection.prepare('SELECT "idHash", "data", "userId", "createdAt", "lastSeenAt", "expiresAt" FROM "Session" WHERE "idHash" = ?');
  } catch (error) {
    connection.close();
    throw error;
  }
}

interface RawSessionRow {
  idHash: string;
  data: string;
  userId: number | null;
  createdAt: string | number;
  lastSeenAt: string | number;
  expiresAt: string | number;
}

function rowOf(raw: RawSessionRow): SessionRow | undefined {
  const createdAt = dateOf(raw.createdAt);
  const lastSeenAt = dateOf(raw.lastSeenAt);
  const expiresAt = dateOf(raw.expiresAt);
  if (!createdAt || !lastSeenAt || !expiresAt || typeof raw.data !== "string") return undefined;
  return { idHash: raw.idHash, data: raw.data, userId: raw.userId, createdAt, lastSeenAt, expiresAt };
}

/** SQLite's CURRENT_TIMESTAMP text: UTC, with a space and no zone. */
const SQLITE_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

/**
 * Prisma's adapter writes ISO 8601 text with a zone ("2026-11-23T22:42:32.162+00:00"); a column
 * default writes SQLite's own text; the adapter's "unixepoch-ms" option writes numbers.
 */
function dateOf(value: string | number): Date | undefined {
  const date = typeof value === "number" ? new Date(value) : new Date(SQLITE_TIMESTAMP.test(value) ? `${value.replace(" ", "T")}Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
