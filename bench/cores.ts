// Keeps the load generator and the servers it measures off each other's cores.
import { spawnSync } from "node:child_process";
import os from "node:os";

/**
 * Moves this process (autocannon runs in it) onto the first core and returns the cores left for the
 * servers, as taskset writes them ("1", "1-3"); null on one core or without taskset, where all share.
 * On 2 shared cores the scheduler trades them between the load and the server from moment to
 * moment. The cookie store's session read against its control, interleaved in rounds of 2 s, gave
 * ratios from 0.82 to 1.27 over 8 rounds shared, and from 0.87 to 1.05 pinned (but for a first
 * round of 0.59, over 10).
 */
export function pinLoadToFirstCore(): string | null {
  const cores = os.availableParallelism();
  if (cores < 2) return null;
  // -a: every thread of this process, libuv's and V8's too.
  const pinned = spawnSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], { stdio: "ignore" });
  if (pinned.status !== 0) return null;
  return cores === 2 ? "1" : `1-${cores - 1}`;
}

/** "servers on core 1, the load on core 0", for the log and the report. */
export const pinningText = (serverCores: string) => `servers on core${serverCores.includes("-") ? "s" : ""} ${serverCores}, the load on core 0`;
