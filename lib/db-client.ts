// Builds a Prisma client over the driver adapter that DATABASE_URL's scheme names. Not marked
// server-only because the seed, the start-up task and the unit tests build their own; the app
// uses the single instance in lib/db.ts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { databaseProviderOf } from "@/lib/config/database-url";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite";

/**
 * The app's one client type. Both generated clients come from the same prisma/models.prisma, so
 * their model APIs match; the SQLite client's type stands for both, which also keeps the app off
 * the few PostgreSQL-only query options SQLite would not have.
 */
export type PrismaClient = SqliteClient;

/**
 * How long a query waits for a PostgreSQL connection, and then for its answer, before it fails
 * (and the page says 503): a server that is up but hung (stopped, swapping) keeps connections open
 * and never answers. The connection a timed-out query held is dropped, so the next query opens a
 * fresh one and the app recovers by itself when the server does. The statement timeout is the
 * server's own bound on a query stuck behind a lock.
 */
const CONNECT_TIMEOUT_MS = 2000;
const QUERY_TIMEOUT_MS = 2000;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  // "minimal": an error's message is one sentence, not the generated client's source around the call.
  if (databaseProviderOf(databaseUrl) === "postgres") {
    const adapter = new PrismaPg({
      connectionString: databaseUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      statement_timeout: QUERY_TIMEOUT_MS,
    });
    // Same models, same generated API: see PrismaClient above.
    return new PostgresClient({ adapter, errorFormat: "minimal" }) as unknown as PrismaClient;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }), errorFormat: "minimal" });
}

/**
 * Prisma's codes for "the database server did not answer" (P1001 cannot reach, P1002 timed out,
 * P1008 operation timed out, P1017 connection closed, P2024 no free connection in time), as
 * opposed to a query the database refused. See https://www.prisma.io/docs/orm/reference/error-reference.
 */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's own error kinds for the same, when they reach us unwrapped or as a cause. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * PostgreSQL's own: the statement timeout cancelled a query (57014), the server is shutting down
 * (57P01, 57P02) or not yet accepting connections (57P03).
 */
const SHUTDOWN_CODES = new Set(["57014", "57P01", "57P02", "57P03"]);
/** What node-postgres says, with no code, when a connection dies, never comes, or never answers. */
const DROPPED_CONNECTION = /Connection terminated|timeout exceeded when trying to connect|connection error|Query read timeout/i;

/** An error and its causes: Prisma wraps the adapter's error, which wraps the driver's. */
function* errorChain(error: unknown): Generator<{ code?: unknown; kind?: unknown; message?: unknown }> {
  for (let current: unknown = error, depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

export function isDatabaseUnreachable(error: unknown): boolean {
  for (const { code, kind, message } of errorChain(error)) {
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || SHUTDOWN_CODES.has(code))) return true;
    if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && DROPPED_CONNECTION.test(message)) return true;
  }
  return false;
}

/**
 * SQLite in write-ahead-log mode refuses a transaction's first write when another connection (another
 * process on the same file) committed after the transaction's first read, since what it read may be
 * out of date. Nothing was written, and the transaction can run again from a fresh read.
 */
export function isStaleSqliteSnapshot(error: unknown): boolean {
  for (const { code } of errorChain(error)) if (code === "SQLITE_BUSY_SNAPSHOT") return true;
  return false;
}
