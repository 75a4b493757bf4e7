// Money is integer cents from the database to the screen: 0.1 + 0.2 is not 0.3 in floating point,
// and a shop must not lose or invent a cent. Only formatting turns cents into "$12.50".
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** "$1,234.50" for 123450. The amount goes to Intl as an exact decimal string, never as a float. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Money is a whole number of cents, not ${cents}.`);
  const sign = cents < 0 ? "-" : "";
  const magnitude = Math.abs(cents);
  const remainder = magnitude % 100;
  const dollars = (magnitude - remainder) / 100;
  const exact = `${sign}${dollars}.${String(remainder).padStart(2, "0")}` as `${number}`;
  return usd.format(exact);
}
