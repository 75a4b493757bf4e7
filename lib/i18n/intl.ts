// Plurals, dates and the Intl locale of each catalogue's language. Pure, so server code, client
// code and unit tests share it; pages get the language from getLanguage() in lib/i18n.
import type { Language } from "@/lib/preferences/schema";

import { format } from "./format";

/** The Intl locale each language's catalogue is written for: its numbers, money and dates. */
export const INTL_LOCALES: Record<Language, string> = { en: "en-US", es: "es-ES", fr: "fr-FR", ja: "ja-JP" };

/**
 * How long a date each language writes. Japanese's "medium" is all digits ("2026/11/23"); the
 * "long" style, "2026年11月23日", is the one Japanese prose and the tutorials use.
 */
const DATE_STYLES: Record<Language, "medium" | "long"> = { en: "medium", es: "medium", fr: "medium", ja: "long" };

/** A text with a singular and a plural form, each with a "{count}" placeholder where it wants one. */
export interface PluralText {
  one: string;
  other: string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The form of `text` that `count` takes in `language`, filled in. Intl decides what "one" means:
 * 1 in English and Spanish, 0 and 1 in French.
 */
export function plural(language: Language, count: number, text: PluralText, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(INTL_LOCALES[language])));
  return format(rules.select(count) === "one" ? text.one : text.other, { count, ...values });
}

/**
 * "Nov 23, 2026, 2:15 PM UTC", "23 nov. 2026, 14:15 UTC", "2026年11月23日 14:15 UTC": in UTC for every visitor, since the
 * server renders it and cannot know the reader's time zone.
 */
export function formatDateTime(date: Date, language: Language, { seconds = false }: { seconds?: boolean } = {}): string {
  const shown = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: DATE_STYLES[language], timeStyle: seconds ? "medium" : "short", timeZone: "UTC" });
  return `${shown.format(date)} UTC`;
}
