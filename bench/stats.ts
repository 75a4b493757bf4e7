// The arithmetic of the benchmark, pure so it is unit tested (bench/stats.test.ts).

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** (max - min) / median in percent: the honest noise figure of a few rounds on a shared machine. */
export function spreadPercent(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mid = median(values);
  return mid === 0 ? 0 : ((Math.max(...values) - Math.min(...values)) / mid) * 100;
}

/** A row's requests per second against the control's; NaN without a control. */
export const ratioTo = (rps: number, controlRps: number) => (controlRps > 0 ? rps / controlRps : NaN);

/**
 * What a request costs beyond the control, in microseconds. `next start` is one process, so
 * 1/rps is the server's time per request (the load keeps it busy), and the difference is the cost
 * the session adds. Negative within the noise.
 */
export const extraMicroseconds = (rps: number, controlRps: number) => (rps > 0 && controlRps > 0 ? 1e6 / rps - 1e6 / controlRps : NaN);

/** The leak check: resident size after each round of load may vary by at most `limitPercent`. */
export const MEMORY_GROWTH_LIMIT_PERCENT = 10;

export function memoryGrowth(afterRoundsMb: readonly number[], limitPercent = MEMORY_GROWTH_LIMIT_PERCENT): { growthPercent: number; stable: boolean } {
  if (afterRoundsMb.length < 2) return { growthPercent: 0, stable: true };
  const low = Math.min(...afterRoundsMb);
  const growthPercent = ((Math.max(...afterRoundsMb) - low) / low) * 100;
  return { growthPercent, stable: growthPercent <= limitPercent };
}

export const round = (value: number, digits = 0) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);

/**
 * A row against its control, round by round, then the median: a round is a few seconds in which
 * the two ran back to back, so a burst of load from elsewhere hits both; comparing the rows'
 * medians would pair a quiet round of one with a busy round of the other.
 */
export function pairedByRound(rpsRounds: readonly number[], controlRounds: readonly number[]): { ratio: number; extraMicroseconds: number } {
  const rounds = rpsRounds.map((rps, index) => ({ rps, control: controlRounds[index] ?? NaN }));
  return {
    ratio: median(pairedRatios(rpsRounds, controlRounds)),
    extraMicroseconds: median(rounds.map(({ rps, control }) => extraMicroseconds(rps, control))),
  };
}

/** Each round's ratio of a row to its control (NaN for a round the control lacks). */
export const pairedRatios = (rpsRounds: readonly number[], controlRounds: readonly number[]) =>
  rpsRounds.map((rps, index) => ratioTo(rps, controlRounds[index] ?? NaN));

/**
 * Past this spread of a row's round-by-round ratios, the rounds disagree too much for the median
 * to say whether a target is met: on a shared 2-core machine one run gave the same SQLite read
 * 0.44x in one round and 1.13x in another.
 */
export const RATIO_NOISE_LIMIT_PERCENT = 40;
