// Configures the Prisma CLI (generate, migrate, seed). Prisma 7 cannot run offline, so this is
// Prisma 6.19 with its JavaScript schema engine, which reaches the database through the same
// driver adapter as the app. CONTRIBUTING.md (Platform facts) says why each piece is here.
import path from "node:path";

import nextEnv from "@next/env";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { defineConfig } from "prisma/config";

import { databaseProviderOf } from "./lib/config/database-url";

// Same .env files, same precedence as Next.js, so `npx prisma …` sees the app's DATABASE_URL.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
// The schema's `url = env("DATABASE_URL")` must resolve, or `prisma generate` tries to download an engine.
process.env.DATABASE_URL ||= "file:./dev.db";
const databaseUrl = process.env.DATABASE_URL;
// prisma/sqlite or prisma/postgres: each has its schema.prisma, the shared models and its own migrations.
const provider = databaseProviderOf(databaseUrl) ?? "sqlite";

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

/**
 * The schema engine reads PostgreSQL's catalogue, whose `name` (oid 19) and `"char"` (oid 18)
 * columns the adapter cannot deserialize (prisma/prisma#27403). Both are text to a reader, so
 * this CLI process (never the app) reports them as text (oid 25).
 */
function reportCatalogueTypesAsText() {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  const asText = (result: unknown) => {
    for (const field of (result as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    }
    return result;
  };
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    // pg.Pool's query() calls the client with a callback; the adapter's transactions use the promise.
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : asText(result));
    }
    const result = query.apply(this, args);
    return result instanceof Promise ? result.then(asText) : result;
  } as typeof pg.Client.prototype.query;
}

/**
 * Discrete fields, not a connection string: given a string, PrismaPg's shadow database (for
 * `migrate dev`) would be the real one. The shadow database is created here and dropped with
 * FORCE once the pool that used it is closed.
 */
function postgresAdapter() {
  reportCatalogueTypesAsText();
  const url = new URL(databaseUrl);
  const fields = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
  };
  const factory = new PrismaPg(fields);
  factory.connectToShadowDb = async () => {
    const admin = new pg.Client(fields);
    await admin.connect();
    const shadow = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${shadow}"`);
    const adapter = await new PrismaPg({ ...fields, database: shadow }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE "${shadow}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (provider === "postgres" ? postgresAdapter() : sqliteAdapter()),
  schema: path.join("prisma", provider),
  migrations: {
    path: path.join("prisma", provider, "migrations"),
    seed: "tsx prisma/seed.ts",
  },
});
