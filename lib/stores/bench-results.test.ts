import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readCost } from "@/lib/bench/read-floor";
import type { BenchResult, BenchRow } from "@/lib/bench/result-schema";

import { BENCH_RESULTS_FILE, readBenchResults, storeCostsOf } from "./bench-results";

/** Reads a results file holding `content`, as the page would in a checkout that has it. */
async function readWritten(content: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-"));
  try {
    await mkdir(path.join(dir, path.dirname(BENCH_RESULTS_FILE)), { recursive: true });
    await writeFile(path.join(dir, BENCH_RESULTS_FILE), content);
    return await readBenchResults(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("the bench results the stores page reads", () => {
  it("reads what npm run bench wrote: each store's session-read cost, the database store under its SQLite name", async () => {
    const results = await readBenchResults();
    expect(results).not.toBeNull();
    expect(Object.keys(results!.byStore)).toEqual(expect.arrayContaining(["cookie", "database"]));
    for (const cost of Object.values(results!.byStore)) {
      expect(cost.extraMs).toBeGreaterThanOrEqual(0);
      expect(cost.requestsPerSecond).toBeGreaterThan(0);
    }
  });

  it("measures a read that waits for its store against the control plus one event-loop turn, and one that does not against the control", () => {
    const row = (scenario: BenchRow["scenario"], store: string, rps: number, extraMicroseconds = 0): BenchRow => ({
      scenario, store, rps, rpsRounds: [rps], spreadPercent: 0, p50Ms: 1, p99Ms: 2, ratio: 1, extraMicroseconds, errors: 0,
    });
    const rows = [
      row("control", "cookie", 1000),
      { ...row("turn", "cookie", 1100), ratio: 1.1 },
      row("read", "cookie", 960, 40),
      row("control", "redis", 1000),
      // Above its control: the bare ratio would call this read free.
      row("read", "redis", 1020, -20),
    ];
    const costs = storeCostsOf({ measuredAt: "2026-12-05T00:00:00.000Z", rows } as unknown as BenchResult)!;
    expect(costs.byStore.cookie!.extraMs).toBeCloseTo(0.04, 5);
    // 1e6/1020 - 1e6/1100 us: what it costs beyond a control that waits once, as it does.
    expect(costs.byStore.redis!.extraMs).toBeCloseTo((1e6 / 1020 - 1e6 / 1100) / 1000, 5);
    expect(costs.byStore.redis!.extraMs).toBeGreaterThan(0.07);
    expect(readCost(rows, rows[4]!).floor).toBe("turn");
    expect(readCost(rows, rows[2]!).floor).toBe("control");
    // A run without the turn floor (before it existed) counts every read from the control, and says so.
    const withoutTurn = rows.filter((candidate) => candidate.scenario !== "turn");
    expect(readCost(withoutTurn, rows[4]!)).toEqual({ extraMicroseconds: -20, floor: "control" });
  });

  it("counts anything it cannot read as not measured", async () => {
    expect(await readWritten("null")).toBeNull();
    expect(await readWritten(JSON.stringify({ stores: { cookie: { latencyMs: 3 } } }))).toBeNull();
  });

  it("is null when there is no file, or a broken one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-"));
    try {
      expect(await readBenchResults(dir)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await readWritten("{ not json")).toBeNull();
  });
});
