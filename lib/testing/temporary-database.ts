// A real SQLite file with the committed migrations applied: the unit tests use no mock database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/sqlite";

const projectDir = path.resolve(import.meta.dirname, "../..");

export async function createTemporaryDatabase(): Promise<{ db: PrismaClient; url: string; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "sbe-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const migrate = spawnSync(path.join(projectDir, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    remove: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
