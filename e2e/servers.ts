// The servers the suite runs against: one `next start` per session store. E2E_PORT_BASE moves
// the ports (and the data folder) so two runs can share a machine; NEXT_DIST_DIR, the build.
export const TEST_SECRET = "e2e-only-secret-0123456789abcdef0123456789";

export const PORT_BASE = Number(process.env.E2E_PORT_BASE || 3100);

/** A running Memcached for the memcached project (.ci/run starts one); without it that project is left out. */
export const E2E_MEMCACHED_URL = process.env.MEMCACHED_URL || null;

export type StoreName = "cookie" | "database" | "file" | "memcached";

export const STORE_SERVERS: readonly { store: StoreName; port: number }[] = [
  { store: "cookie", port: PORT_BASE + 1 },
  { store: "database", port: PORT_BASE + 2 },
  { store: "file", port: PORT_BASE + 3 },
  ...(E2E_MEMCACHED_URL ? [{ store: "memcached" as const, port: PORT_BASE + 4 }] : []),
];

/**
 * The cookie and database projects run every lesson spec. The file and memcached projects run
 * only the specs whose outcome depends on the store (sessions kept, ended, renewed, listed), to
 * keep CI time down: the rest renders the same whatever keeps the session.
 */
export const FULL_SUITE_STORES: readonly StoreName[] = ["cookie", "database"];
export const STORE_SENSITIVE_SPECS = /\/(auth|roles|cart|history|inspector|basics|health|configuration|stores)\.spec\.ts$/;

/** Each port base's Memcached keys carry its own prefix, so runs side by side can share one server. */
export const E2E_KEY_PREFIX = `e2e-${PORT_BASE}:`;

/** Fresh for every run (lib/tasks/e2e.ts empties it), relative to the project folder. */
export const E2E_DATA_DIR = `e2e/.data/${PORT_BASE}`;

/** The file store's server keeps its session files here. */
export const E2E_FILE_SESSIONS_DIR = `${E2E_DATA_DIR}/file-sessions`;

export const baseUrlOf = (port: number) => `http://localhost:${port}`;
