import "server-only";

import { cache } from "react";

import { checkConfig } from "@/lib/config";
import { DEFAULT_PREFERENCES, getPreferences, type Language } from "@/lib/preferences";

import { CATALOGUES } from "./catalogues";
import type { Messages } from "./catalogues/en";

export { format } from "./format";
export { formatDateTime, plural, type PluralText } from "./intl";
export type { Messages } from "./catalogues/en";

/**
 * The visitor's language (session preference, else Accept-Language). With the settings broken
 * there is no session to ask, and the configuration page still needs words.
 */
export const getLanguage = cache(async (): Promise<Language> => (checkConfig().ok ? (await getPreferences()).language : DEFAULT_PREFERENCES.language));

/** The catalogue for the visitor's language. */
export const getMessages = cache(async (): Promise<Messages> => CATALOGUES[await getLanguage()]);
