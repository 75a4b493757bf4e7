import { describe, expect, it } from "vitest";

import { extraMicroseconds, judgeAtLeast, median, medianInterval, memoryGrowth, pairedByRound, ratioTo, spreadPercent, threeRuns } from "./stats";

describe("benchmark arithmetic", () => {
  it("takes the median of the rounds, odd or even", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([100, 400, 200, 300])).toBe(250);
  });

  it("reports the spread between rounds against their median", () => {
    expect(spreadPercent([90, 100, 110])).toBeCloseTo(20);
    expect(spreadPercent([100])).toBe(0);
  });

  it("divides by the control, and says when there is none", () => {
    expect(ratioTo(970, 1000)).toBeCloseTo(0.97);
    expect(ratioTo(970, 0)).toBeNaN();
  });

  it("turns two request rates into the microseconds a request costs beyond the control", () => {
    // 1000 req/s is 1000 us a request; 800 req/s is 1250 us: 250 us more.
    expect(extraMicroseconds(800, 1000)).toBeCloseTo(250);
  });

  it("compares a row with its control round by round, so a busy round slows both sides of one ratio", () => {
    // The second round was busy for both; the medians alone would give 500 / 1000 = 0.5.
    const paired = pairedByRound([960, 480, 950], [1000, 500, 1000]);
    expect(paired.ratio).toBeCloseTo(0.96);
    // Per round: 41.7, 83.3 and 52.6 us; the median is the third.
    expect(paired.extraMicroseconds).toBeCloseTo(1e6 / 950 - 1e6 / 1000);
  });

  it("passes resident sizes within 10% and fails a server that keeps growing", () => {
    expect(memoryGrowth([200, 210, 205])).toEqual({ runsMb: [200, 210, 205], growthPercent: 5, stable: true });
    const growing = memoryGrowth([200, 230, 260]);
    expect(growing.stable).toBe(false);
    expect(growing.growthPercent).toBeCloseTo(30);
  });

  it("splits the rounds into three runs and compares their medians: a swing passes, a climb does not", () => {
    expect(threeRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16],
    ]);
    // One round 12% up and back, in every run: the medians stay at 240.
    const swinging = memoryGrowth([240, 269, 240, 240, 241, 240, 269, 240, 241, 240, 240, 269, 240]);
    expect(swinging).toMatchObject({ runsMb: [240, 241, 240], stable: true });
    // A steady climb of 1.5% a round: 22% from the first run to the last.
    const climbing = memoryGrowth(Array.from({ length: 16 }, (_, round) => 240 * 1.015 ** round));
    expect(climbing.stable).toBe(false);
    expect(climbing.growthPercent).toBeGreaterThan(15);
  });

  it("bounds the median by order statistics: too few rounds give no interval, more rounds drop more extremes", () => {
    // 4 rounds: all on one side of the median 1 time in 8, more than the 1 in 10 allowed.
    expect(medianInterval([1, 2, 3, 4])).toBeNull();
    // 5 rounds: 1 in 16, so the whole range; 8 and 9 rounds: the second from either end (1 in 28 and 1 in 26).
    expect(medianInterval([5, 1, 4, 2, 3])).toEqual({ low: 1, high: 5 });
    expect(medianInterval([8, 1, 7, 2, 6, 3, 5, 4])).toEqual({ low: 2, high: 7 });
    expect(medianInterval([9, 1, 8, 2, 7, 3, 6, 4, 5])).toEqual({ low: 2, high: 8 });
    // 12 rounds: the third (1 in 26 again).
    expect(medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual({ low: 3, high: 10 });
    // A round without a control does not count.
    expect(medianInterval([NaN, 1, 2, 3, 4])).toBeNull();
  });

  it("calls a goal met or unmet only when the whole interval is on one side of it", () => {
    expect(judgeAtLeast([0.95, 0.96, 0.97, 0.98, 0.99, 1.0, 1.01, 1.02], 0.93).verdict).toBe("met");
    expect(judgeAtLeast([0.7, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9], 0.93).verdict).toBe("unmet");
    expect(judgeAtLeast([0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.2], 0.93).verdict).toBe("unclear");
  });
});
