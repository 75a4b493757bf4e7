// The stores the benchmark measures, one line each: a store added to the app is one more line.
// Each gets a `next start` of its own, with its own port and its own SQLite file.

export interface StoreContext {
  /** A SQLite URL for this store's own file. */
  sqliteUrl: string;
  /** A fresh PostgreSQL database of the bench's own, when a test server answers. */
  postgresUrl?: string;
  redisUrl?: string;
  memcachedUrl?: string;
  /** The bench's own Redis and Memcached key prefix (SESSION_KEY_PREFIX). */
  keyPrefix: string;
  /** A folder of its own for the file store. */
  fileDir: string;
}

export interface BenchStore {
  /** As the results name it: SESSION_STORE, but "sqlite" or "postgres" for the database store (lib/bench/store-cost.ts). */
  id: string;
  /** A server this store cannot do without; the bench skips the store, and says so, when it is not there. */
  needs?: "postgres" | "redis" | "memcached";
  env: (context: StoreContext) => Record<string, string>;
}

/** The cookie store's server again, recording no request timeline. */
export const TIMELINE_OFF = "cookie-timeline-off";

export const BENCH_STORES: BenchStore[] = [
  { id: "cookie", env: (c) => ({ SESSION_STORE: "cookie", DATABASE_URL: c.sqliteUrl }) },
  // The same server with the request timeline off: what recording costs a page (report.ts's targets).
  { id: TIMELINE_OFF, env: (c) => ({ SESSION_STORE: "cookie", DATABASE_URL: c.sqliteUrl, SESSION_TIMELINE: "off" }) },
  { id: "sqlite", env: (c) => ({ SESSION_STORE: "database", DATABASE_URL: c.sqliteUrl }) },
  { id: "postgres", needs: "postgres", env: (c) => ({ SESSION_STORE: "database", DATABASE_URL: c.postgresUrl! }) },
  { id: "redis", needs: "redis", env: (c) => ({ SESSION_STORE: "redis", DATABASE_URL: c.sqliteUrl, REDIS_URL: c.redisUrl!, SESSION_KEY_PREFIX: c.keyPrefix }) },
  { id: "file", env: (c) => ({ SESSION_STORE: "file", DATABASE_URL: c.sqliteUrl, SESSION_FILE_DIR: c.fileDir }) },
  { id: "memcached", needs: "memcached", env: (c) => ({ SESSION_STORE: "memcached", DATABASE_URL: c.sqliteUrl, MEMCACHED_URL: c.memcachedUrl!, SESSION_KEY_PREFIX: c.keyPrefix }) },
];
