// The PostgreSQL, Redis and Memcached servers the tests may use. TEST_POSTGRES_URL, TEST_REDIS_URL
// and MEMCACHED_URL name them (.ci/run starts all three and sets these); unset, the usual local
// ports are tried. A server that was named but does not answer is an error; one that was only
// guessed at is skipped, and the run says so in a line of its own, never silently.
import { withoutPassword } from "@/lib/config/redact";
import { probeMemcached, probePostgres, probeRedis } from "@/lib/tasks/server-probes";

export interface TestServer {
  kind: keyof typeof PROBES;
  url: string;
  available: boolean;
  /** The line a skipped run prints: "skipped: no Redis at redis://127.0.0.1:6379 (…)". */
  skipNote: string;
}

const PROBES = { PostgreSQL: probePostgres, Redis: probeRedis, Memcached: probeMemcached };

async function findServer(kind: TestServer["kind"], variable: string, fallback: string): Promise<TestServer> {
  const named = process.env[variable];
  const url = named || fallback;
  const problem = await PROBES[kind](url);
  if (problem && named) {
    throw new Error(`${variable}=${withoutPassword(url)} does not answer (${problem}). Start the server, or unset ${variable} to skip the ${kind} tests.`);
  }
  const skipNote = `skipped: no ${kind} at ${withoutPassword(url)} (${problem}); set ${variable} to run these tests`;
  return { kind, url, available: problem === null, skipNote };
}

export const findTestPostgres = () => findServer("PostgreSQL", "TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres");
export const findTestRedis = () => findServer("Redis", "TEST_REDIS_URL", "redis://127.0.0.1:6379");
export const findTestMemcached = () => findServer("Memcached", "MEMCACHED_URL", "127.0.0.1:11211");

/** Drops and creates a database of this name on the PostgreSQL server at `serverUrl`; returns its URL. */
export async function freshPostgresDatabase(serverUrl: string, database: string): Promise<string> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
}

/** Deletes every key under `prefix` on the Redis server at `url`, so a run starts empty. */
export async function emptyRedisPrefix(url: string, prefix: string): Promise<void> {
  const { default: Redis } = await import("ioredis");
  const client = new Redis(url);
  try {
    const stale = await client.keys(`${prefix}*`);
    if (stale.length > 0) await client.del(...stale);
  } finally {
    client.disconnect();
  }
}
