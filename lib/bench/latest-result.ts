import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { benchResultSchema, type BenchResult } from "./result-schema";

/** Where `npm run bench` writes its latest run, relative to the project folder. */
export const BENCH_RESULTS_FILE = "bench/results/latest.json";

/** The last `npm run bench`'s results, for the inspector and the stores page; null when there is none. */
export async function readLatestBenchResult(projectDir = process.cwd()): Promise<BenchResult | null> {
  try {
    const parsed = benchResultSchema.safeParse(JSON.parse(await readFile(path.join(projectDir, BENCH_RESULTS_FILE), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    // No run yet (or a file cut short): the pages say "not measured yet".
    return null;
  }
}
