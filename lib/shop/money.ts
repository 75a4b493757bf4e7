// Money is integer cents from the database to the screen: 0.1 + 0.2 is not 0.3 in floating point,
// and a shop must not lose or invent a cent. Only formatting turns cents into "$12.50".
import { INTL_LOCALES } from "@/lib/i18n/intl";
import type { Language } from "@/lib/preferences/schema";

const formats = new Map<Language, Intl.NumberFormat>();

/** The shop's one currency, US dollars, written the visitor's way: "$12.50", "12,50 US$", "12,50 $US". */
function dollarsIn(language: Language): Intl.NumberFormat {
  let dollars = formats.get(language);
  if (!dollars) formats.set(language, (dollars = new Intl.NumberFormat(INTL_LOCALES[language], { style: "currency", currency: "USD" })));
  return dollars;
}

/** "$1,234.50" for 123450. The amount goes to Intl as an exact decimal string, never as a float. */
export function formatCents(cents: number, language: Language = "en"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Money is a whole number of cents, not ${cents}.`);
  const sign = cents < 0 ? "-" : "";
  const magnitude = Math.abs(cents);
  const remainder = magnitude % 100;
  const dollars = (magnitude - remainder) / 100;
  const exact = `${sign}${dollars}.${String(remainder).padStart(2, "0")}` as `${number}`;
  return dollarsIn(language).format(exact);
}
