import { z } from "zod";

export const LANGUAGES = ["en", "es", "fr", "ja"] as const;
export const THEMES = ["light", "dark"] as const;

export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a reader of any of them finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español", fr: "Français", ja: "日本語" };
export type Theme = (typeof THEMES)[number];

export const preferencesSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  notifications: z.boolean(),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: "en", theme: "light", notifications: true };

/** Whatever the session holds under "preferences", field by field; an unreadable field falls back to its default. */
export function readPreferences(stored: unknown): Preferences {
  const fields = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const pick = <K extends keyof Preferences>(key: K): Preferences[K] => {
    const parsed = preferencesSchema.shape[key].safeParse(fields[key]);
    return (parsed.success ? parsed.data : DEFAULT_PREFERENCES[key]) as Preferences[K];
  };
  return { language: pick("language"), theme: pick("theme"), notifications: pick("notifications") };
}

/** True when the session's "preferences" hold a language someone chose; until then Accept-Language decides. */
export function hasChosenLanguage(stored: unknown): boolean {
  return typeof stored === "object" && stored !== null && !Array.isArray(stored) && "language" in stored;
}
