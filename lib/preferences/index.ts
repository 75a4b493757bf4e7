import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { getSession, type Session } from "@/lib/session";

import { languageFromAcceptLanguage } from "./negotiate";
import { readPreferences, type Preferences } from "./schema";

export * from "./schema";

/**
 * The visitor's preferences: session["preferences"], with defaults for what is missing. Until a
 * language is chosen, the browser's Accept-Language picks it (nothing is stored for that).
 */
export const getPreferences = cache(async (): Promise<Preferences> => {
  const stored = (await getSession()).get("preferences");
  const chosenLanguage = typeof stored === "object" && stored !== null && !Array.isArray(stored) && "language" in stored;
  const preferences = readPreferences(stored);
  if (!chosenLanguage) preferences.language = languageFromAcceptLanguage((await headers()).get("accept-language"));
  return preferences;
});

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

/**
 * At log-in: the preferences saved on the user's row win over the anonymous session's, so a
 * user finds their theme and language again after logging out and back in. Call before save().
 */
export async function adoptSavedPreferences(session: Session, userId: number): Promise<void> {
  const saved = await getDb().user.findUnique({ where: { id: userId }, select: { language: true, theme: true, notifications: true } });
  if (!saved) return;
  const current = readPreferences(session.get("preferences"));
  session.set(
    "preferences",
    readPreferences({
      language: saved.language ?? current.language,
      theme: saved.theme ?? current.theme,
      notifications: saved.notifications ?? current.notifications,
    }),
  );
}
