// For the auth unit tests: a real SQLite file with the migrations applied and the demo users
// seeded, set as the app's DATABASE_URL, so lib/db's getDb() (used by lib/auth) reads it.
import { afterAll, beforeAll, vi } from "vitest";

import type { PrismaClient } from "@/lib/db-client";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";
import { seed } from "@/lib/tasks/seed";

export function setUpSeededDatabase(): { db: () => PrismaClient } {
  let db: PrismaClient | undefined;
  let remove: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const temporary = await createTemporaryDatabase();
    ({ db, remove } = temporary);
    await seed(temporary.db);
    // getConfig() parses once, at its first call, which comes after this.
    vi.stubEnv("DATABASE_URL", temporary.url);
    vi.stubEnv("SESSION_SECRET", "unit-test-secret-0123456789abcdef0123");
    vi.stubEnv("SESSION_STORE", "database");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await remove?.();
  });
  return {
    db: () => {
      if (!db) throw new Error("The seeded database is ready only inside tests.");
      return db;
    },
  };
}
