import "server-only";

import { getConfig } from "@/lib/config";
import { databaseProviderOf } from "@/lib/config/database-url";

import { readLatestBenchResult } from "./latest-result";
import { readCost, type ReadCost } from "./read-floor";

/** What the last `npm run bench` measured for the active store, as the inspector says it. */
export interface StoreCost {
  store: string;
  measuredAt: Date;
  cores: number;
  /**
   * Null when the last run did not measure this store (its server was not there). The read's extra
   * time is beyond its floor (./read-floor.ts), which `floor` names; the write's beyond the control.
   */
  read: ({ ratio: number } & ReadCost) | null;
  write: { extraMicroseconds: number; ratio: number } | null;
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
  const rowOf = (scenario: "read" | "write") => result.rows.find((candidate) => candidate.scenario === scenario && candidate.store === store);
  const read = rowOf("read");
  const write = rowOf("write");
  const layer = (operation: string) => result.sessionLayer.find((timing) => timing.store === store && timing.operation === operation)?.microseconds ?? null;
  return {
    store,
    measuredAt: new Date(result.measuredAt),
    cores: result.machine.cores,
    read: read ? { ...readCost(result.rows, read), ratio: read.ratio } : null,
    write: write ? { extraMicroseconds: write.extraMicroseconds, ratio: write.ratio } : null,
    loadMicroseconds: layer("load"),
    saveMicroseconds: layer("save"),
  };
}
