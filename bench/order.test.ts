import { describe, expect, it } from "vitest";

import { balancedOrder } from "./order";

/** How often each scenario ran right after each other one, over `rounds` rounds. */
function followCounts(count: number, rounds: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let round = 1; round <= rounds; round++) {
    const order = balancedOrder(count, round);
    for (let at = 1; at < order.length; at++) {
      const pair = `${order[at - 1]}>${order[at]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

describe("the order of a store's scenarios, round by round", () => {
  it("runs every scenario once a round", () => {
    for (const count of [1, 2, 5, 8]) {
      for (let round = 1; round <= 20; round++) expect([...balancedOrder(count, round)].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    }
  });

  it("with an even count, each scenario runs first once and follows each other one once in n rounds", () => {
    expect(balancedOrder(8, 1)).toEqual([0, 1, 7, 2, 6, 3, 5, 4]);
    expect(new Set(Array.from({ length: 8 }, (_, round) => balancedOrder(8, round + 1)[0])).size).toBe(8);
    const counts = followCounts(8, 8);
    expect(counts.size).toBe(8 * 7);
    expect([...counts.values()].every((times) => times === 1)).toBe(true);
  });

  it("with an odd count, each scenario follows each other one twice in 2n rounds, then it starts again", () => {
    const counts = followCounts(5, 10);
    expect(counts.size).toBe(5 * 4);
    expect([...counts.values()].every((times) => times === 2)).toBe(true);
    expect(balancedOrder(5, 11)).toEqual(balancedOrder(5, 1));
  });

  it("no longer keeps one fixed neighbour, as rotating a single order did", () => {
    // Rotation put the control (0) after the login (the last) in every round it did not open.
    const after = new Set(Array.from({ length: 16 }, (_, round) => balancedOrder(8, round + 1)).map((order) => order[order.indexOf(0) - 1]));
    expect(after.size).toBeGreaterThan(2);
  });
});
