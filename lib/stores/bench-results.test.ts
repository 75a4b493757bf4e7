import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { BENCH_RESULTS_FILE, readBenchResults } from "./bench-results";

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
