import "server-only";

/**
 * Runs a full garbage collection when the process was started with --expose-gc (npm run bench
 * starts its servers so), and returns the bytes of V8's heap still in use: the live objects. Null
 * when it could not collect. V8 grows its heap lazily while memory is plentiful, so resident size
 * read without a collection says more about V8's mood than about a leak.
 */
export function collectGarbage(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") return null;
  gc();
  return process.memoryUsage().heapUsed;
}
