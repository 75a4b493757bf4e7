import "server-only";

import { cache } from "react";

import { checkConfig } from "@/lib/config";
import { DEFAULT_PREFERENCES, getPreferences } from "@/lib/preferences";

import { CATALOGUES } from "./catalogues";
import type { Messages } from "./catalogues/en";

export { format } from "./format";
export type { Messages } from "./catalogues/en";

/**
 * The catalogue for the visitor's language (session preference, else Accept-Language). With the
 * settings broken there is no session to ask, and the configuration page still needs words.
 */
export const getMessages = cache(async (): Promise<Messages> => {
  const { language } = checkConfig().ok ? await getPreferences() : DEFAULT_PREFERENCES;
  return CATALOGUES[language];
});

