import { describe, expect, it } from "vitest";

import { extraMicroseconds, median, memoryGrowth, pairedByRound, ratioTo, spreadPercent } from "./stats";

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
    expect(memoryGrowth([200, 210, 205])).toEqual({ growthPercent: 5, stable: true });
    const growing = memoryGrowth([200, 230, 260]);
    expect(growing.stable).toBe(false);
    expect(growing.growthPercent).toBeCloseTo(30);
  });
});
