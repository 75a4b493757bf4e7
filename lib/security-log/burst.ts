/** How long one burst lasts, counted from its first event: repeats within it add to its row. */
export const BURST_WINDOW_MS = 60_000;

/** The most bursts remembered at once: memory stays bounded however many clients misbehave. */
export const MAX_OPEN_BURSTS = 1000;

interface OpenBurst {
  startedAt: number;
  /** The id of the row the burst was written to, or null when writing it failed. */
  row: Promise<number | null>;
}

/**
 * Counts repeats into one row. `record(key, write, addOne)`: the first event of a key (a kind from
 * one client) is written by `write`; the same key again within BURST_WINDOW_MS is `addOne` on that
 * row instead of a row of its own. Events that arrive together wait for the first one's row, so a
 * hundred at once still make one row. Per process: each server instance counts its own.
 */
export function burstCounter({ clock = Date.now, windowMs = BURST_WINDOW_MS, maxOpen = MAX_OPEN_BURSTS } = {}) {
  const open = new Map<string, OpenBurst>();

  /** Makes room for one more: bursts past their window first, then the oldest. */
  function makeRoom(now: number) {
    if (open.size < maxOpen) return;
    for (const [key, burst] of open) if (now - burst.startedAt >= windowMs) open.delete(key);
    if (open.size >= maxOpen) open.delete(open.keys().next().value!);
  }

  return {
    async record(key: string, write: () => Promise<number | null>, addOne: (row: number) => Promise<void>): Promise<void> {
      const now = clock();
      const burst = open.get(key);
      if (burst && now - burst.startedAt < windowMs) {
        const row = await burst.row;
        if (row !== null) return addOne(row);
      }
      open.delete(key);
      makeRoom(now);
      const row = write();
      open.set(key, { startedAt: now, row });
      await row;
    },
    /** How many bursts are remembered now, for the tests of the bound. */
    get size() {
      return open.size;
    },
  };
}
