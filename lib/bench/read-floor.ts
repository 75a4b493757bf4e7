// What a session read costs a request beyond its floor, from a bench run's rows. Pure: the stores
// page and the inspector's cost card both say it.

/**
 * Stores (by their bench names) whose read waits for the network or the disk. Under load, Next.js
 * answers a request that pauses once for less CPU than one that runs straight through: the bench's
 * "turn" floor, the control plus one event-loop turn, came out at 1.11x and 1.14x the control in
 * the runs so far. Against the bare control, a read on these stores looked free (Redis at -12 us);
 * against that floor, it is not. The cookie and SQLite reads run straight through, and their floor
 * is the control itself.
 */
const READS_WAIT = new Set(["postgres", "redis", "file", "memcached"]);

/** What this needs of a results row (bench/results/latest.json's, as lib/bench/result-schema.ts reads it). */
interface Row {
  scenario: string;
  store: string;
  rps: number;
  ratio: number;
  extraMicroseconds: number;
}

export interface ReadCost {
  /** Microseconds the read costs a request beyond its floor (negative within the noise). */
  extraMicroseconds: number;
  /** Which floor that is: the control plus one event-loop turn only for a waiting store, in a run that measured it. */
  floor: "control" | "turn";
}

/** What the read row `read` costs a request, and beyond which floor. */
export function readCost(rows: readonly Row[], read: Row): ReadCost {
  const turn = rows.find((row) => row.scenario === "turn");
  const control = rows.find((row) => row.scenario === "control" && row.store === read.store);
  if (!READS_WAIT.has(read.store) || !turn || !control) return { extraMicroseconds: read.extraMicroseconds, floor: "control" };
  // The turn floor is measured on one server only: carried over as its ratio to that server's control.
  return { extraMicroseconds: 1e6 / read.rps - 1e6 / (control.rps * turn.ratio), floor: "turn" };
}
