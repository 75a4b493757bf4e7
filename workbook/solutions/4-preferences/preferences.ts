import "server-only";

import { getSession } from "@/lib/session";
import { DEFAULT_WB_PREFERENCES, wbPreferencesSchema, type WbPreferences } from "@/lib/workbook/exercise-data";

// Exercise 4's key: the wb4_ prefix keeps it apart from the preferences lesson's "preferences".
export const PREFERENCES_KEY = "wb4_preferences";

/** The saved preferences, or the defaults when nothing (or nothing readable) is saved. */
export async function readPreferences(): Promise<WbPreferences> {
  const session = await getSession();
  const saved = wbPreferencesSchema.safeParse(session.get(PREFERENCES_KEY));
  return saved.success ? saved.data : DEFAULT_WB_PREFERENCES;
}
