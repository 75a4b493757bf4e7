// The servers the suite runs against: one `next start` per session store, on ports of their own.
export const TEST_SECRET = "e2e-only-secret-0123456789abcdef0123456789";

export const STORE_SERVERS = [
  { store: "cookie", port: 3101 },
  { store: "database", port: 3102 },
] as const;

export const baseUrlOf = (port: number) => `http://localhost:${port}`;
