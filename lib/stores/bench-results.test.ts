import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { BENCH_RESULTS_FILE, parseBenchResults, readBenchResults } from "./bench-results";

describe("the bench results the stores page reads", () => {
  it("reads a map of stores with flat figures", () => {
    expect(parseBenchResults({ measuredAt: "2026-11-23", stores: { cookie: { latencyMs: 2.1, requestsPerSecond: 480 } } })).toEqual({
      measuredAt: "2026-11-23",
      byStore: { cookie: { latencyMs: 2.1, requestsPerSecond: 480 } },
    });
  });

  it("reads a list of entries in autocannon's own shape", () => {
    const results = parseBenchResults([{ store: "database", latency: { mean: 4.5 }, requests: { average: 220 } }, { store: "file", rps: 300 }]);
    expect(results?.byStore).toEqual({ database: { latencyMs: 4.5, requestsPerSecond: 220 }, file: { latencyMs: null, requestsPerSecond: 300 } });
  });

  it("counts anything it cannot read as not measured", () => {
    expect(parseBenchResults(null)).toBeNull();
    expect(parseBenchResults({ stores: { cookie: { latencyMs: "fast" } } })).toBeNull();
    expect(parseBenchResults({ results: [{ latencyMs: 3 }] })).toBeNull();
  });

  it("is null when there is no file, or a broken one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-"));
    try {
      expect(await readBenchResults(dir)).toBeNull();
      await mkdir(path.join(dir, path.dirname(BENCH_RESULTS_FILE)), { recursive: true });
      await writeFile(path.join(dir, BENCH_RESULTS_FILE), "{ not json");
      expect(await readBenchResults(dir)).toBeNull();
      await writeFile(path.join(dir, BENCH_RESULTS_FILE), JSON.stringify({ stores: { memcached: { latencyMs: 3.2 } } }));
      expect((await readBenchResults(dir))?.byStore.memcached?.latencyMs).toBe(3.2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
