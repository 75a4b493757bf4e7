import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { getConfig } from "@/lib/config";
import { databaseProviderOf } from "@/lib/config/database-url";

import { benchResultSchema, type BenchResult } from "./result-schema";

/** What the last `npm run bench` measured for the active store, as the inspector says it. */
export interface StoreCost {
  store: string;
  measuredAt: Date;
  cores: number;
  /** Null when the last run did not measure this store (its server was not there). */
  read: { extraMicroseconds: number; ratio: number } | null;
  write: { extraMicroseconds: number; ratio: number } | null;
  /** The session layer alone, microseconds a call. */
  loadMicroseconds: number | null;
  saveMicroseconds: number | null;
}

const RESULTS_FILE = path.join(process.cwd(), "bench/results/latest.json");

async function latestResult(): Promise<BenchResult | null> {
  try {
    const parsed = benchResultSchema.safeParse(JSON.parse(await readFile(RESULTS_FILE, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    // No run yet (or a file cut short): the page says "not measured yet".
    return null;
  }
}

/** The active store's cost per request from bench/results/latest.json; null when there is none. */
export async function activeStoreCost(): Promise<StoreCost | null> {
  const result = await latestResult();
  if (!result) return null;
  const config = getConfig();
  const store = config.sessionStore === "database" ? (databaseProviderOf(config.databaseUrl) ?? "database") : config.sessionStore;
  const row = (scenario: "read" | "write") => {
    const found = result.rows.find((candidate) => candidate.scenario === scenario && candidate.store === store);
    return found ? { extraMicroseconds: found.extraMicroseconds, ratio: found.ratio } : null;
  };
  const layer = (operation: string) => result.sessionLayer.find((timing) => timing.store === store && timing.operation === operation)?.microseconds ?? null;
  return { store, measuredAt: new Date(result.measuredAt), cores: result.machine.cores, read: row("read"), write: row("write"), loadMicroseconds: layer("load"), saveMicroseconds: layer("save") };
}
