import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { benchResultSchema } from "@/lib/bench/result-schema";

/** What the stores page shows per store: what reading a session adds to a request, as the bench measured it. */
export interface MeasuredCost {
  /** The session read's extra time a request over the control route, in milliseconds (never below 0). */
  extraMs: number;
  /** The read route's requests per second. */
  requestsPerSecond: number;
}

export interface BenchResults {
  measuredAt: string;
  /** By SESSION_STORE name. */
  byStore: Record<string, MeasuredCost>;
}

export const BENCH_RESULTS_FILE = "bench/results/latest.json";

// The bench names the database store after its database; this page describes it with SQLite.
const BENCH_NAME: Record<string, string> = { database: "sqlite" };

/** The bench's latest results (bench/results/latest.json's shape, lib/bench/result-schema.ts); null when unreadable. */
export function parseBenchResults(json: unknown): BenchResults | null {
  const parsed = benchResultSchema.safeParse(json);
  if (!parsed.success) return null;
  const { rows, measuredAt } = parsed.data;
  const byStore: Record<string, MeasuredCost> = {};
  for (const row of rows) {
    if (row.scenario !== "read") continue;
    const store = Object.keys(BENCH_NAME).find((name) => BENCH_NAME[name] === row.store) ?? row.store;
    byStore[store] = { extraMs: Math.max(0, row.extraMicroseconds) / 1000, requestsPerSecond: row.rps };
  }
  return Object.keys(byStore).length === 0 ? null : { measuredAt, byStore };
}

export async function readBenchResults(projectDir = process.cwd()): Promise<BenchResults | null> {
  try {
    return parseBenchResults(JSON.parse(await readFile(path.join(projectDir, BENCH_RESULTS_FILE), "utf8")));
  } catch {
    // No run yet, or a file cut short: the page says "not measured yet".
    return null;
  }
}
