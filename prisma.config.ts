// Configures the Prisma CLI (generate, migrate, seed). Prisma 7 cannot run offline, so this is
// Prisma 6.19 with its JavaScript schema engine, which reaches the database through the same
// driver adapter as the app. See ../shared/PLATFORM.md for why each piece is here.
import path from "node:path";

import nextEnv from "@next/env";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";

// Same .env files, same precedence as Next.js, so `npx prisma …` sees the app's DATABASE_URL.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
// The schema's `url = env("DATABASE_URL")` must resolve, or `prisma generate` tries to download an engine.
process.env.DATABASE_URL ||= "file:./dev.db";
const databaseUrl = process.env.DATABASE_URL;

/**
 * `migrate dev` replays migrations into a shadow database through executeRaw, and better-sqlite3
 * refuses several statements in one call. A bare script (no arguments) goes through executeScript.
 */
function replayScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = (query) => (query.args.length === 0 ? adapter.executeScript(query.sql).then(() => 0) : executeRaw(query));
  return adapter;
}

function sqliteAdapter() {
  const factory = new PrismaBetterSQLite3({ url: databaseUrl });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => replayScriptsWhole(await connectToShadowDb());
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => sqliteAdapter(),
  schema: path.join("prisma", "sqlite"),
  migrations: {
    path: path.join("prisma", "sqlite", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
});
