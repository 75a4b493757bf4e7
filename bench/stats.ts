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

/**
 * The leak check: three runs, resident size within 10%. The rounds are split
 * into three consecutive runs, each run's size the median of its rounds' readings: one reading
 * swings by tens of MB with the allocator, while a leak climbs from run to run.
 */
export const MEMORY_GROWTH_LIMIT_PERCENT = 10;

export function memoryGrowth(afterRoundsMb: readonly number[], limitPercent = MEMORY_GROWTH_LIMIT_PERCENT): { runsMb: number[]; growthPercent: number; stable: boolean } {
  const runsMb = threeRuns(afterRoundsMb).map(median);
  if (runsMb.length < 2) return { runsMb, growthPercent: 0, stable: true };
  const low = Math.min(...runsMb);
  const growthPercent = ((Math.max(...runsMb) - low) / low) * 100;
  return { runsMb, growthPercent, stable: growthPercent <= limitPercent };
}

/** Consecutive readings in three runs as even as they divide (16: 5, 6 and 5); three or fewer, one each. */
export function threeRuns<T>(readings: readonly T[]): T[][] {
  if (readings.length <= 3) return readings.map((reading) => [reading]);
  const size = readings.length / 3;
  return [0, 1, 2].map((run) => readings.slice(Math.round(run * size), Math.round((run + 1) * size)));
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

/** How sure a ratio target's verdict must be: its interval for the median covers the true median 9 times in 10 at least. */
export const MEDIAN_CONFIDENCE = 0.9;

/** P(X <= k) for X ~ Binomial(n, 1/2): the chance that at most k of n rounds fall below the true median. */
function atMostOfHalf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term *= (n - i) / (i + 1);
  }
  return sum;
}

/**
 * A confidence interval for the median of independent rounds that assumes nothing about the shape
 * of the noise: from the k-th smallest to the k-th largest round, with k as large as keeps the
 * chance of the true median lying outside at most 1 - confidence (each round falls on either side
 * of it with even odds). A shared machine's noise comes in bursts of unknown shape, which is why
 * not a mean and a standard deviation. Null when there are too few rounds for that confidence
 * (fewer than 5 at 90%).
 */
export function medianInterval(values: readonly number[], confidence = MEDIAN_CONFIDENCE): { low: number; high: number } | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  let k = 0;
  // The median lies below the k+1-th smallest (or above the k+1-th largest) when at most k rounds fall below (above) it.
  while (k + 1 <= n / 2 && 2 * atMostOfHalf(k, n) <= 1 - confidence) k++;
  return k === 0 ? null : { low: sorted[k - 1]!, high: sorted[n - k]! };
}

/** Whether rounds show a ratio of at least `goal`: met or unmet when the whole interval says so, else unclear. */
export function judgeAtLeast(values: readonly number[], goal: number): { verdict: "met" | "unmet" | "unclear"; interval: { low: number; high: number } | null } {
  const interval = medianInterval(values);
  if (!interval) return { verdict: "unclear", interval };
  return { verdict: interval.low >= goal ? "met" : interval.high < goal ? "unmet" : "unclear", interval };
}
