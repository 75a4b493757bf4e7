import { LANGUAGES, type Language } from "./schema";

/**
 * The first visit's language: the highest-weighted Accept-Language entry we have a catalogue for
 * ("fr-CA;q=0.9" counts as "fr"), else English. Malformed entries are skipped, never fatal.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  if (!header) return "en";
  const ranked = header
    .slice(0, 512)
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranked.map((entry) => entry.base).find((base): base is Language => (LANGUAGES as readonly string[]).includes(base)) ?? "en");
}
