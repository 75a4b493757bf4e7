import "server-only";

import { DEFAULT_WB_PREFERENCES, type WbPreferences } from "@/lib/workbook/exercise-data";

// Exercise 4: preferences. The steps and hints are at /workbook/4; check your work with
// `npm run workbook:check -- 4`. Preferences look like { theme: "dark", notifications: true }.
export const PREFERENCES_KEY = "wb4_preferences";

export async function readPreferences(): Promise<WbPreferences> {
  // TODO 1: return the preferences saved in the session under PREFERENCES_KEY:
  //   - const session = await getSession();   (import it from "@/lib/session")
  //   - const saved = wbPreferencesSchema.safeParse(session.get(PREFERENCES_KEY));   (from "@/lib/workbook/exercise-data")
  //   - return saved.success ? saved.data : DEFAULT_WB_PREFERENCES;
  return DEFAULT_WB_PREFERENCES;
}
