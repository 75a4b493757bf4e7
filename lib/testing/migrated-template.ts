// Vitest's global setup: one SQLite file with the committed migrations applied, made once a run,
// which every test's temporary database starts as a copy of. Applying them runs the Prisma CLI,
// seconds a time on two cores; copying a file does not. The migrations themselves are still
// applied by the real start-up code, here and in lib/tasks/sqlite-journal.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { applyMigrations } from "@/lib/tasks/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated SQLite file to copy (lib/testing/temporary-database.ts). */
    migratedSqliteTemplate: string;
  }
}

const projectDir = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "sbe-template-"));
  const file = path.join(dir, "template.db");
  const problem = await applyMigrations(projectDir, `file:${file}`);
  if (problem) throw new Error(problem);
  project.provide("migratedSqliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
