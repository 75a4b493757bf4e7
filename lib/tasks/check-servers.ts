// Before anything else touches them: do the servers the settings name answer? Each one that does
// not gets one line naming the setting, the URL (never its password), what went wrong and how to
// fix it, so `npm start` stops with that instead of a driver's stack trace.
import { databaseProviderOf } from "@/lib/config/database-url";
import { withoutPassword } from "@/lib/config/redact";
import type { AppConfig } from "@/lib/config/schema";

import { probePostgres, probeRedis } from "./server-probes";

export async function unreachableServers(config: AppConfig): Promise<string[]> {
  const problems: string[] = [];
  if (databaseProviderOf(config.databaseUrl) === "postgres") {
    const problem = await probePostgres(config.databaseUrl);
    if (problem) {
      problems.push(
        `DATABASE_URL: cannot reach PostgreSQL at ${withoutPassword(config.databaseUrl)} (${problem}). ` +
          "Start PostgreSQL there, or point DATABASE_URL at a running server, or remove DATABASE_URL to use the embedded SQLite file.",
      );
    }
  }
  if (config.sessionStore === "redis") {
    const problem = await probeRedis(config.redisUrl);
    if (problem) {
      problems.push(
        `REDIS_URL: cannot reach Redis at ${withoutPassword(config.redisUrl)} for SESSION_STORE=redis (${problem}). ` +
          "Start Redis there (redis-server), or point REDIS_URL at a running server, or choose another SESSION_STORE.",
      );
    }
  }
  return problems;
}
