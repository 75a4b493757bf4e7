import { SessionStoreUnavailableError } from "./errors";

/** What one compare-and-swap attempt returns when another write got there first. */
export const CONFLICT = Symbol("conflict");

/** Enough for fifty requests of one session landing at once; more gets a 503 "try again", not a lost write. */
const MAX_ATTEMPTS = 200;

/**
 * Runs one compare-and-swap attempt (read, change, write only if nothing changed in between) until
 * it is not refused as CONFLICT. The short random pause keeps writers that collided from colliding
 * again in lockstep; the bound turns a session written without pause into a 503, never a hang.
 */
export async function retryOnConflict<T>(storeKind: string, attempt: () => Promise<T | typeof CONFLICT>): Promise<T> {
  for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
    const result = await attempt();
    if (result !== CONFLICT) return result;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + tries)));
  }
  throw new SessionStoreUnavailableError(storeKind, new Error("Too many writes to one session at once."));
}
