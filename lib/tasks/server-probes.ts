// One round trip to a PostgreSQL, Redis or Memcached server: null when it answers, else what went
// wrong in the driver's words. Used by the start-up check and by the tests that look for their servers.
import Redis from "ioredis";
import pg from "pg";

import { memcachedConnection } from "@/lib/memcached-client";

const PROBE_TIMEOUT_MS = 3000;

const reasonOf = (error: unknown): string =>
  error instanceof AggregateError && error.errors.length > 0 ? reasonOf(error.errors[0]) : error instanceof Error ? error.message || error.name : String(error);

export async function probePostgres(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return reasonOf(error);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function probeRedis(url: string): Promise<string | null> {
  // No retries: one attempt, and the error that ended it.
  const client = new Redis(url, { lazyConnect: true, connectTimeout: PROBE_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError: unknown;
  client.on("error", (error) => {
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return reasonOf(lastError ?? error);
  } finally {
    client.disconnect();
  }
}

/** `servers` as memjs takes them: "host:port", comma-separated. */
export async function probeMemcached(servers: string): Promise<string | null> {
  const connection = memcachedConnection(servers);
  try {
    await connection.ping();
    return null;
  } catch (error) {
    return reasonOf(error);
  } finally {
    connection.close();
  }
}
