import "server-only";

import { getConfig } from "@/lib/config";
import { databaseProviderOf } from "@/lib/config/database-url";

import { readLatestBenchResult } from "./latest-result";
import { readCostBeyondFloor, readWaits } from "./read-floor";

/** What the last `npm run bench` measured for the active store, as the inspector says it. */
export interface StoreCost {
  store: string;
  measuredAt: Date;
  cores: number;
  /**
   * Null when the last run did not measure this store (its server was not there). The read's extra
   * time is beyond its floor (./read-floor.ts); the write's beyond the control.
   */
  read: { extraMicroseconds: number; ratio: number } | null;
  write: { extraMicroseconds: number; ratio: number } | null;
  /** The store's read waits for its server: its cost is counted from the control plus one event-loop turn. */
  readWaits: boolean;
  /** The session layer alone, microseconds a call. */
  loadMicroseconds: number | null;
  saveMicroseconds: number | null;
}

/** The active store's cost per request from bench/results/latest.json; null when there is none. */
export async function activeStoreCost(): Promise<StoreCost | null> {
  const result = await readLatestBenchResult();
  if (!result) return null;
  const config = getConfig();
  const store = config.sessionStore === "database" ? (databaseProviderOf(config.databaseUrl) ?? "database") : config.sessionStore;
  const row = (scenario: "read" | "write") => {
    const found = result.rows.find((candidate) => candidate.scenario === scenario && candidate.store === store);
    if (!found) return null;
    return { extraMicroseconds: scenario === "read" ? readCostBeyondFloor(result.rows, found) : found.extraMicroseconds, ratio: found.ratio };
  };
  const layer = (operation: string) => result.sessionLayer.find((timing) => timing.store === store && timing.operation === operation)?.microseconds ?? null;
  return { store, measuredAt: new Date(result.measuredAt), cores: result.machine.cores, read: row("read"), write: row("write"), readWaits: readWaits(store), loadMicroseconds: layer("load"), saveMicroseconds: layer("save") };
}
