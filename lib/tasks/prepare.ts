// Runs before `next dev` and `next start`: loads the .env files as Next.js will, validates the
// settings (and in development creates a secret the first time), applies the committed
// migrations and seeds the demo users. A problem stops here with one clear message, no stack.
import path from "node:path";

import nextEnv from "@next/env";

import { withoutPassword } from "@/lib/config/redact";
import { parseConfig } from "@/lib/config/schema";
import { createPrismaClient } from "@/lib/db-client";

import { checkSessionStore } from "./check-store";
import { unreachableServers } from "./check-servers";
import { developmentSecretProblem, ensureDevelopmentSecret } from "./dev-secret";
import { applyMigrations } from "./migrations";
import { cannotStart, fail } from "./process";
import { seed } from "./seed";

const projectDir = path.resolve(import.meta.dirname, "../..");
const mode = process.argv[2];
if (mode !== "development" && mode !== "production") fail("usage: tsx lib/tasks/prepare.ts development|production");
const dev = mode === "development";

// The .env files are read where Next.js reads them: the folder it starts in.
const envDir = process.cwd();
// `npm run dev` must work on a fresh clone, so development gets a random secret of its own.
if (dev) for (const note of ensureDevelopmentSecret(envDir, process.env)) console.log(note);
nextEnv.loadEnvConfig(envDir, dev, { info: () => {}, error: console.error });

const result = parseConfig(process.env);
if (!result.ok) cannotStart(result.problems);
const secretProblem = dev ? null : developmentSecretProblem(envDir, process.env.SESSION_SECRET);
if (secretProblem) cannotStart([secretProblem]);

const storeProblem = await checkSessionStore(result.config, projectDir);
const unreachable = [...(await unreachableServers(result.config)), ...(storeProblem ? [storeProblem] : [])];
if (unreachable.length > 0) cannotStart(unreachable);

const migrationProblem = await applyMigrations(projectDir, result.config.databaseUrl);
if (migrationProblem) cannotStart([migrationProblem]);

const db = createPrismaClient(result.config.databaseUrl);
try {
  const created = await seed(db);
  if (created > 0) console.log(`Seeded ${created} demo user(s).`);
} finally {
  await db.$disconnect();
}
console.log(`Session store: ${result.config.sessionStore}. Database: ${withoutPassword(result.config.databaseUrl)}.`);
