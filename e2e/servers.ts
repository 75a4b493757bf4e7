// The servers the suite runs against: one `next start` per session store. E2E_PORT_BASE moves
// the ports (and the data folder) so two runs can share a machine; NEXT_DIST_DIR, the build.
export const TEST_SECRET = "e2e-only-secret-0123456789abcdef0123456789";
/** The newer secret of the "rotated-bound" server, which keeps TEST_SECRET as its previous one. */
export const ROTATED_SECRET = "e2e-rotated-secret-9876543210fedcba9876543";

const portBase = Number(process.env.E2E_PORT_BASE || 3100);

export const STORE_SERVERS = [
  { store: "cookie", port: portBase + 1 },
  { store: "database", port: portBase + 2 },
] as const;

/**
 * A cookie-store server with a rotated secret (SESSION_SECRET="<new>,<old>") and SESSION_BIND=ua,
 * for the one spec about those two settings.
 */
export const ROTATED_BOUND_SERVER = { port: portBase + 9 } as const;

/** Fresh for every run (lib/tasks/e2e.ts empties it), relative to the project folder. */
export const E2E_DATA_DIR = `e2e/.data/${portBase}`;

export const baseUrlOf = (port: number) => `http://localhost:${port}`;
