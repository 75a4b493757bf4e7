import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db";
import { getSession, type Session } from "@/lib/session";

import { readPreferences, type Preferences } from "./schema";

export * from "./schema";

/** The visitor's preferences: session["preferences"], with defaults for what is missing. */
export const getPreferences = cache(async (): Promise<Preferences> => readPreferences((await getSession()).get("preferences")));

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
