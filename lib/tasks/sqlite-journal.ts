// Start-up switches a SQLite database to write-ahead logging. The mode is stored in the file, so
// once is enough, and every connection after (Prisma's, another instance's) uses it.
import Database from "better-sqlite3";

/**
 * Why WAL: every request reads its session row while other requests write theirs. In SQLite's
 * default rollback-journal mode a commit locks readers out of the whole file (a read then waits,
 * or fails with SQLITE_BUSY); in WAL mode readers never wait for a writer, and a commit appends
 * to the log instead of rewriting pages, which the bench's SQLite session write shows.
 * Returns the mode the database is in afterwards ("wal", or what SQLite kept when it cannot use
 * WAL, as on some network file systems).
 */
export function switchToWriteAheadLog(file: string): string {
  const connection = new Database(file, { fileMustExist: true });
  try {
    return String(connection.pragma("journal_mode = WAL", { simple: true }));
  } finally {
    connection.close();
  }
}
