// The servers the suite runs against: one `next start` per session store. E2E_PORT_BASE moves
// the ports (and the data folder) so two runs can share a machine; NEXT_DIST_DIR, the build.
export const TEST_SECRET = "e2e-only-secret-0123456789abcdef0123456789";

export const PORT_BASE = Number(process.env.E2E_PORT_BASE || 3100);

export const STORE_SERVERS = [
  { store: "cookie", port: PORT_BASE + 1 },
  { store: "database", port: PORT_BASE + 2 },
] as const;

/** Fresh for every run (lib/tasks/e2e.ts empties it), relative to the project folder. */
export const E2E_DATA_DIR = `e2e/.data/${PORT_BASE}`;

export const baseUrlOf = (port: number) => `http://localhost:${port}`;
