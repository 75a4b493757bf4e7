import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

/** What the stores page shows per store: the cost of one request, as the bench measured it. */
export interface MeasuredCost {
  /** Mean latency of one request, in milliseconds. */
  latencyMs: number | null;
  requestsPerSecond: number | null;
}

export interface BenchResults {
  measuredAt: string | null;
  byStore: Record<string, MeasuredCost>;
}

export const BENCH_RESULTS_FILE = "bench/results/latest.json";

const LATENCY_FIELDS = ["latencyMs", "meanLatencyMs", "latencyMeanMs", "msPerRequest", "meanMs"];
const RPS_FIELDS = ["requestsPerSecond", "rps", "reqPerSec", "requestsPerSec"];

const numberAt = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null);

function firstNumber(entry: Record<string, unknown>, fields: string[]): number | null {
  for (const field of fields) {
    const found = numberAt(entry[field]);
    if (found !== null) return found;
  }
  return null;
}

/** One store's figures, from flat fields or autocannon's own shape ({ latency: { mean }, requests: { average } }). */
function costOf(entry: Record<string, unknown>): MeasuredCost | null {
  const latency = entry.latency as Record<string, unknown> | undefined;
  const requests = entry.requests as Record<string, unknown> | undefined;
  const latencyMs = firstNumber(entry, LATENCY_FIELDS) ?? numberAt(latency?.mean) ?? numberAt(latency?.average);
  const requestsPerSecond = firstNumber(entry, RPS_FIELDS) ?? numberAt(requests?.average) ?? numberAt(requests?.mean);
  return latencyMs === null && requestsPerSecond === null ? null : { latencyMs, requestsPerSecond };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The bench's latest results, read tolerantly: the bench is another piece of work and its file
 * may change shape. Accepted: { stores: { cookie: {…} } }, { results: [{ store: "cookie", … }] }
 * or a bare array of those entries. Anything unreadable counts as "not measured yet".
 */
export function parseBenchResults(json: unknown): BenchResults | null {
  const root = isObject(json) ? json : { results: json };
  const byStore: Record<string, MeasuredCost> = {};
  if (isObject(root.stores)) {
    for (const [store, entry] of Object.entries(root.stores)) {
      const cost = isObject(entry) ? costOf(entry) : null;
      if (cost) byStore[store] = cost;
    }
  }
  if (Array.isArray(root.results)) {
    for (const entry of root.results) {
      if (!isObject(entry) || typeof entry.store !== "string") continue;
      const cost = costOf(entry);
      if (cost) byStore[entry.store] ??= cost;
    }
  }
  if (Object.keys(byStore).length === 0) return null;
  const measuredAt = typeof root.measuredAt === "string" ? root.measuredAt : typeof root.date === "string" ? root.date : null;
  return { measuredAt, byStore };
}

export async function readBenchResults(projectDir = process.cwd()): Promise<BenchResults | null> {
  try {
    return parseBenchResults(JSON.parse(await readFile(path.join(projectDir, BENCH_RESULTS_FILE), "utf8")));
  } catch {
    return null;
  }
}
