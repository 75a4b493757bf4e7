import "server-only";

import type { SessionStoreKind } from "@/lib/config/schema";

import { getActiveStore } from "@/lib/session/active-store";
import { SessionStoreUnavailableError } from "@/lib/session/errors";

export interface StoreHealth {
  store: SessionStoreKind;
  /** The store answered: sessions can be read and written. */
  ok: boolean;
  /** How long the round trip took (or how long it waited before giving up), in milliseconds. */
  roundTripMs: number;
  /** Live sessions, where the store can count them; null for a cookie or Memcached. */
  liveSessions: number | null;
  /** Why it is not ok, in a sentence safe to show (no address, no password). */
  problem: string | null;
}

/** One round trip to the active store, for /api/health and the configuration lesson. Never throws. */
export async function checkStoreHealth(): Promise<StoreHealth> {
  const store = getActiveStore();
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const { liveSessions } = await store.ping();
    return { store: store.kind, ok: true, roundTripMs: elapsed(), liveSessions, problem: null };
  } catch (error) {
    if (!(error instanceof SessionStoreUnavailableError)) console.error("Session store health check failed:", error);
    const problem = error instanceof SessionStoreUnavailableError ? error.message : `The ${store.kind} session store failed its health check.`;
    return { store: store.kind, ok: false, roundTripMs: elapsed(), liveSessions: null, problem };
  }
}
