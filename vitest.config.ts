import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // "server-only" throws outside React Server Components; unit tests run lib/ modules directly.
      "server-only": path.join(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    // One migrated SQLite file a run, copied by each test that needs a database.
    globalSetup: ["lib/testing/migrated-template.ts"],
    // Real SQLite files, one per test file; the argon2 hash makes some tests slow on 2 cores.
    testTimeout: 20_000,
    // Migrating a fresh SQLite file runs the Prisma CLI: seconds on a busy 2-core machine.
    hookTimeout: 60_000,
    // Two files at once even on 2 cores (Vitest's default would be one): the store suites spend
    // much of their time waiting on a server, or on a timeout against one that hangs. Each file
    // has its own SQLite file, key prefix or private server, so two never share state.
    maxWorkers: 2,
  },
});
