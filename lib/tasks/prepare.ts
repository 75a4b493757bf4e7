// Runs before `next dev` and `next start`: loads the .env files as Next.js will, validates the
// settings (and in development creates a secret the first time), applies the committed
// migrations and seeds the demo users. A problem stops here with one clear message, no stack.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

import nextEnv from "@next/env";

import { withoutPassword } from "@/lib/config/redact";
import { parseConfig } from "@/lib/config/schema";
import { createPrismaClient } from "@/lib/db-client";
import { seed } from "@/prisma/seed";

import { checkSessionStore } from "./check-store";
import { unreachableServers } from "./check-servers";
import { applyMigrations } from "./migrations";
import { cannotStart, fail } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const mode = process.argv[2];
if (mode !== "development" && mode !== "production") fail("usage: tsx lib/tasks/prepare.ts development|production");
const dev = mode === "development";

/** `npm run dev` must work on a fresh clone, so development gets a random secret of its own. */
function ensureDevelopmentSecret() {
  const envFile = path.join(projectDir, ".env.local");
  const existing = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
  if (process.env.SESSION_SECRET || /^SESSION_SECRET=./m.test(existing)) return;
  const secret = randomBytes(32).toString("base64");
  appendFileSync(envFile, `${existing && !existing.endsWith("\n") ? "\n" : ""}# Created by npm run dev: a development-only secret. Never reuse it in production.\nSESSION_SECRET=${secret}\n`, { mode: 0o600 });
  console.log("Created .env.local with a random SESSION_SECRET for development.");
}

if (dev) ensureDevelopmentSecret();
nextEnv.loadEnvConfig(projectDir, dev, { info: () => {}, error: console.error });

const result = parseConfig(process.env);
if (!result.ok) cannotStart(result.problems);

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
