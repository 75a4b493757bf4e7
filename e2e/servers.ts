// The servers the suite runs against: one `next start` per session store. E2E_PORT_BASE moves
// the ports (and the data folder) so two runs can share a machine; NEXT_DIST_DIR, the build.
export const TEST_SECRET = "e2e-only-secret-0123456789abcdef0123456789";
/** The newer secret of the "rotated-bound" server, which keeps TEST_SECRET as its previous one. */
export const ROTATED_SECRET = "e2e-rotated-secret-9876543210fedcba9876543";

export const PORT_BASE = Number(process.env.E2E_PORT_BASE || 3100);
const portBase = PORT_BASE;

/** A SESSION_STORE value a test server runs with. */
export type StoreName = "cookie" | "database" | "redis" | "file" | "memcached";

/** The cookie store runs every spec; the database store (SQLite) the ones its store changes. */
export const STORE_SERVERS = [
  { store: "cookie", port: portBase + 1 },
  { store: "database", port: portBase + 2 },
] as const;

/**
 * A cookie-store server with a rotated secret (SESSION_SECRET="<new>,<old>") and SESSION_BIND=ua,
 * for the one spec about those two settings.
 */
export const ROTATED_BOUND_SERVER = { port: portBase + 9 } as const;

/** Fresh for every run (e2e/run.ts empties it), relative to the project folder. */
export const E2E_DATA_DIR = `e2e/.data/${portBase}`;

/** The file store's server keeps its session files here. */
export const E2E_FILE_SESSIONS_DIR = `${E2E_DATA_DIR}/file-sessions`;

/** A running Memcached for the memcached project (.ci/run starts one and sets MEMCACHED_URL). */
export const E2E_MEMCACHED_URL = process.env.MEMCACHED_URL || null;

/** Each port base's Memcached keys carry its own prefix, so runs side by side can share one server. */
export const E2E_KEY_PREFIX = `e2e-${portBase}:`;

export const baseUrlOf = (port: number) => `http://localhost:${port}`;

/**
 * The same lessons on the servers a deployment outgrows SQLite with: the database store on
 * PostgreSQL, and the Redis store. e2e/run.ts finds the servers (TEST_POSTGRES_URL,
 * TEST_REDIS_URL), prepares a database and a key prefix of this run's own, and passes them as
 * E2E_POSTGRES_URL and E2E_REDIS_URL; a server it did not find has no project (and it said so).
 */
export const E2E_REDIS_PREFIX = `sbe-e2e-${portBase}:`;

/**
 * Which tests run where. Every spec runs in the cookie project. Where the store changes what a test
 * sees, the test carries a tag: "@store" runs it in every store's project too (sessions kept,
 * ended, renewed, listed, and the attacks whose outcome a store decides), "@database" in the SQLite
 * database project only: a page that shows a cookie-store session one way and a server-side one
 * another, the same for every server-side store, or a test whose fixtures reach into that
 * database. What tells the server-side stores apart underneath (expiry, refusals, atomic updates,
 * listing, outages) is proven by the store contract suite against each real server, without a browser.
 */
export const EVERY_STORE = /@store/;
export const DATABASE_TOO = /@store|@database/;

/** A server-side store's project: the "@store" tests, against a server of its own. */
export interface ServerStoreProject {
  /** The Playwright project's name. */
  name: "postgres" | "redis" | "file" | "memcached";
  store: Exclude<StoreName, "cookie">;
  port: number;
  env: Record<string, string>;
}

export function serverStoreProjects(env: Record<string, string | undefined> = process.env): ServerStoreProject[] {
  const sqliteOf = (name: string) => ({ DATABASE_URL: `file:./${E2E_DATA_DIR}/${name}.db` });
  // The file store needs no server: it always runs.
  const projects: ServerStoreProject[] = [
    { name: "file", store: "file", port: portBase + 3, env: { ...sqliteOf("file"), SESSION_FILE_DIR: E2E_FILE_SESSIONS_DIR } },
  ];
  if (env.MEMCACHED_URL) {
    projects.push({
      name: "memcached",
      store: "memcached",
      port: portBase + 4,
      env: { ...sqliteOf("memcached"), MEMCACHED_URL: env.MEMCACHED_URL, SESSION_KEY_PREFIX: E2E_KEY_PREFIX },
    });
  }
  if (env.E2E_POSTGRES_URL) {
    projects.push({ name: "postgres", store: "database", port: portBase + 5, env: { DATABASE_URL: env.E2E_POSTGRES_URL } });
  }
  if (env.E2E_REDIS_URL) {
    projects.push({
      name: "redis",
      store: "redis",
      port: portBase + 6,
      env: { ...sqliteOf("redis"), REDIS_URL: env.E2E_REDIS_URL, SESSION_KEY_PREFIX: E2E_REDIS_PREFIX },
    });
  }
  return projects;
}

/** One `next start` of the suite: its port and its settings (SESSION_SECRET is TEST_SECRET unless they say otherwise). */
export interface E2EServer {
  port: number;
  env: Record<string, string>;
}

/**
 * Every server the run needs: one per store project, and the rotated-bound one; in the quick scope
 * (`npm run test:quick`), the cookie store's alone.
 */
export function e2eServers(quick: boolean, env: Record<string, string | undefined> = process.env): E2EServer[] {
  const sqlite = (name: string) => `file:./${E2E_DATA_DIR}/${name}.db`;
  const storeServer = ({ store, port }: (typeof STORE_SERVERS)[number]): E2EServer => ({ port, env: { SESSION_STORE: store, DATABASE_URL: sqlite(store) } });
  if (quick) return [storeServer(STORE_SERVERS[0])];
  return [
    ...STORE_SERVERS.map(storeServer),
    ...serverStoreProjects(env).map(({ store, port, env: own }) => ({ port, env: { SESSION_STORE: store, ...own } })),
    {
      port: ROTATED_BOUND_SERVER.port,
      env: { SESSION_STORE: "cookie", SESSION_SECRET: `${ROTATED_SECRET},${TEST_SECRET}`, SESSION_BIND: "ua", DATABASE_URL: sqlite("rotated-bound") },
    },
  ];
}

/** Ports of the e2e/stores specs' own servers: two app instances per shared store, one app and a Redis it loses. */
export const STORES_SPEC_PORTS = {
  postgres: [portBase + 10, portBase + 11],
  redis: [portBase + 12, portBase + 13],
  faultApp: portBase + 14,
  busySite: portBase + 15,
  privateRedis: portBase + 20,
} as const;
