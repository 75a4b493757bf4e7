// Whether a SQLite database has every committed migration, read without taking a write lock.
// `prisma migrate deploy` writes even when it has nothing to apply, so beside a running app on the
// same file (npm run dev, then npm start) it would wait for that app's writes and fail; a start-up
// that finds nothing to apply skips it.
import { existsSync } from "node:fs";

import Database from "better-sqlite3";

export function hasEveryMigration(file: string, known: readonly string[]): boolean {
  if (!existsSync(file)) return false;
  let connection: Database.Database | undefined;
  try {
    connection = new Database(file, { readonly: true, fileMustExist: true });
    const rows = connection.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[];
    const applied = new Set(rows.map((row) => row.migration_name));
    return known.every((name) => applied.has(name));
  } catch {
    // No migrations table yet, or a file that is not a database: migrate deploy decides and explains.
    return false;
  } finally {
    connection?.close();
  }
}
