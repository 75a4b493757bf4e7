"use server";

import { redirect } from "next/navigation";

export async function savePreferences(formData: FormData): Promise<void> {
  const theme = formData.get("theme");
  const notifications = formData.get("notifications");

  // TODO 2: refuse a theme the form does not offer (a hand-made request can send anything):
  //   when !isWbTheme(theme) (from "@/lib/workbook/exercise-data"), redirect("/try/4?error=theme").
  //
  // TODO 3: save the choices and show the profile:
  //   - a checkbox sends its field only when ticked: notifications is "on" or null, so store `notifications === "on"`
  //   - const session = await getSession();   (from "@/lib/session")
  //   - session.set(PREFERENCES_KEY, { theme, notifications: ... });   (import { PREFERENCES_KEY } from "./preferences")
  //   - await session.save(); then redirect("/try/4/profile").
  void [theme, notifications]; // delete this line once your code uses them
  redirect("/try/4/profile");
}
