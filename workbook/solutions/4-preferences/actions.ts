"use server";

import { redirect } from "next/navigation";

import { getSession } from "@/lib/session";
import { isWbTheme } from "@/lib/workbook/exercise-data";

import { PREFERENCES_KEY } from "./preferences";

/** Flask: session["preferences"] = {"theme": ..., "notifications": "notifications" in request.form} */
export async function savePreferences(formData: FormData): Promise<void> {
  const theme = formData.get("theme");
  // Only the choices the form offers: a hand-made request could send anything.
  if (!isWbTheme(theme)) redirect("/try/4?error=theme");
  // A checkbox sends its field only when ticked.
  const notifications = formData.get("notifications") === "on";

  const session = await getSession();
  session.set(PREFERENCES_KEY, { theme, notifications });
  await session.save();
  redirect("/try/4/profile");
}
