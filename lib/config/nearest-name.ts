// "Did you mean …?" for a setting that takes one of a few names. Pure, so the start-up task and
// the unit tests use it as the schema does.

/** Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: a transposition ("reids" → "redis") counts as one slip, not two.
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The valid name closest to what was typed, or null when none is close enough to be a slip
 * (a third of the name's letters, at least two): "reddis" → "redis", "Cookie" → "cookie",
 * "postgres" → null when no store is called anything like it.
 */
export function nearestName(typed: string, names: readonly string[]): string | null {
  const input = typed.trim().toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const distance = editDistance(input, name);
    if (best === null || distance < best.distance) best = { name, distance };
  }
  if (best === null) return null;
  return best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : null;
}
