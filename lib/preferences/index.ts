import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { getSession, type Session } from "@/lib/session";

import { languageFromAcceptLanguage } from "./negotiate";
import { hasChosenLanguage, readPreferences, type Preferences } from "./schema";

export * from "./schema";

// #region get-preferences
/**
 * The visitor's preferences: session["preferences"], with defaults for what is missing. Until a
 * language is chosen, the browser's Accept-Language picks it (nothing is stored for that).
 */
export const getPreferences = cache(async (): Promise<Preferences> => {
  const stored = (await getSession()).get("preferences");
  const preferences = readPreferences(stored);
  if (!hasChosenLanguage(stored)) preferences.language = languageFromAcceptLanguage((await headers()).get("accept-language"));
  return preferences;
});
// #endregion get-preferences

// #region save-preferences
/**
 * Saves to the session and, for a logged-in user, to their row, so the choice outlives the
 * session. Call from a server action; it saves the session itself.
 */
export async function savePreferences(preferences: Preferences): Promise<void> {
  const session = await getSession();
  session.set("preferences", { ...preferences });
  await session.save();
  const user = await getCurrentUser();
  if (user) await getDb().user.updateMany({ where: { id: user.id }, data: preferences });
}
// #endregion save-preferences

/**
 * At log-in: the preferences saved on the user's row win over the anonymous session's, so a
 * user finds their theme and language again after logging out and back in. Call before save().
 */
export async function adoptSavedPreferences(session: Session, userId: number): Promise<void> {
  const saved = await getDb().user.findUnique({ where: { id: userId }, select: { language: true, theme: true, notifications: true } });
  if (!saved) return;
  const stored = session.get("preferences");
  const current = readPreferences(stored);
  const adopted: Partial<Preferences> = readPreferences({
    language: saved.language ?? current.language,
    theme: saved.theme ?? current.theme,
    notifications: saved.notifications ?? current.notifications,
  });
  // Nobody chose a language, before or since: leave it out, so Accept-Language keeps deciding
  // and a French browser still reads French after logging in.
  if (saved.language == null && !hasChosenLanguage(stored)) delete adopted.language;
  session.set("preferences", adopted);
}
