// The order a store's scenarios run in, round by round. Rotating one fixed order (as the bench did)
// moves which scenario goes first, but each one always follows the same other: the control always
// ran right after the login, whose password check leaves 19 MiB of argon2 memory behind, and the
// cookie-read floor (the control plus reading the cookie), strictly more work, came out 7% faster than
// it. A balanced Latin square (Williams design) varies both: over a whole square, each scenario
// runs first once, and follows each other scenario once (twice with an odd count, over 2n rounds).

/** Round `round` (1-based) of the balanced order of `count` scenarios: their indices, in running order. */
export function balancedOrder(count: number, round: number): number[] {
  if (count <= 0) return [];
  // The first row goes 0, 1, n-1, 2, n-2, …; each further row adds one to every entry (mod n).
  const first: number[] = [0];
  for (let step = 1; first.length < count; step++) {
    first.push(step);
    if (first.length < count) first.push(count - step);
  }
  // With an odd count, the rows' mirror images complete the balance: 2n rows in all.
  const rows = count % 2 === 0 ? count : 2 * count;
  const row = (round - 1) % rows;
  const shifted = first.map((index) => (index + row) % count);
  return row < count ? shifted : shifted.reverse();
}
