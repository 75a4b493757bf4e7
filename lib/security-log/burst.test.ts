import { describe, expect, it } from "vitest";

import { burstCounter } from "./burst";

/** A log in memory: rows and their counts. */
function memoryLog() {
  const counts: number[] = [];
  return {
    counts,
    write: async () => counts.push(1) - 1,
    addOne: async (row: number) => void (counts[row]! += 1),
  };
}

describe("a burst of one kind of event from one client is one row, with a count", () => {
  it("writes the first event and counts the next 99 into its row", async () => {
    const log = memoryLog();
    const bursts = burstCounter();
    for (let event = 0; event < 100; event++) await bursts.record("tampered-cookie 10.0.0.1", log.write, log.addOne);
    expect(log.counts).toEqual([100]);
  });

  it("still makes one row when a hundred arrive at once", async () => {
    const log = memoryLog();
    const bursts = burstCounter();
    await Promise.all(Array.from({ length: 100 }, () => bursts.record("k", log.write, log.addOne)));
    expect(log.counts).toEqual([100]);
  });

  it("keeps other clients and other kinds apart", async () => {
    const log = memoryLog();
    const bursts = burstCounter();
    for (const key of ["a", "b", "a", "c", "b", "a"]) await bursts.record(key, log.write, log.addOne);
    expect(log.counts).toEqual([3, 2, 1]);
  });

  it("starts a new row once the window has passed", async () => {
    let now = 0;
    const log = memoryLog();
    const bursts = burstCounter({ clock: () => now, windowMs: 60_000 });
    await bursts.record("k", log.write, log.addOne);
    now = 59_999;
    await bursts.record("k", log.write, log.addOne);
    now = 60_000;
    await bursts.record("k", log.write, log.addOne);
    expect(log.counts).toEqual([2, 1]);
  });

  it("writes a row of its own when the first write failed", async () => {
    const log = memoryLog();
    const bursts = burstCounter();
    await bursts.record("k", async () => null, log.addOne);
    await bursts.record("k", log.write, log.addOne);
    expect(log.counts).toEqual([1]);
  });

  it("remembers a bounded number of bursts, however many clients there are", async () => {
    let now = 0;
    const log = memoryLog();
    const bursts = burstCounter({ clock: () => now, maxOpen: 50 });
    for (let client = 0; client < 500; client++) {
      now += 1;
      await bursts.record(`client ${client}`, log.write, log.addOne);
    }
    expect(bursts.size).toBeLessThanOrEqual(50);
    expect(log.counts).toHaveLength(500);
  });
});
