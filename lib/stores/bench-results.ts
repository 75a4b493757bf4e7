import "server-only";

import { readLatestBenchResult } from "@/lib/bench/latest-result";
import { readCost } from "@/lib/bench/read-floor";
import type { BenchResult } from "@/lib/bench/result-schema";

export { BENCH_RESULTS_FILE } from "@/lib/bench/latest-result";

/** What the stores page shows per store: what reading a session adds to a request, as the bench measured it. */
export interface MeasuredCost {
  /**
   * The session read's extra time a request over its floor, in milliseconds (never below 0): the control
   * route, or for a store whose read waits for the network or the disk, the control plus one event-loop turn.
   */
  extraMs: number;
  /** The read route's requests per second. */
  requestsPerSecond: number;
}

export interface BenchResults {
  measuredAt: string;
  /** By SESSION_STORE name. */
  byStore: Record<string, MeasuredCost>;
}

// The bench names the database store after its database; this page describes it with SQLite.
const BENCH_NAME: Record<string, string> = { database: "sqlite" };

/** Each store's session-read cost in a bench run; null when the run measured no read. */
export function storeCostsOf({ rows, measuredAt }: BenchResult): BenchResults | null {
  const byStore: Record<string, MeasuredCost> = {};
  for (const row of rows) {
    if (row.scenario !== "read") continue;
    const { extraMicroseconds } = readCost(rows, row);
    const store = Object.keys(BENCH_NAME).find((name) => BENCH_NAME[name] === row.store) ?? row.store;
    byStore[store] = { extraMs: Math.max(0, extraMicroseconds) / 1000, requestsPerSecond: row.rps };
  }
  return Object.keys(byStore).length === 0 ? null : { measuredAt, byStore };
}

/** The latest bench run's costs per store; null when there is no run the page can read. */
export async function readBenchResults(projectDir = process.cwd()): Promise<BenchResults | null> {
  const result = await readLatestBenchResult(projectDir);
  return result && storeCostsOf(result);
}
