import "server-only";

/**
 * Runs a full garbage collection when the process was started with --expose-gc (npm run bench
 * starts its servers so), and says whether it could. V8 grows its heap lazily while memory is
 * plentiful, so resident size read without a collection says more about V8's mood than about a leak.
 */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") return false;
  gc();
  return true;
}
