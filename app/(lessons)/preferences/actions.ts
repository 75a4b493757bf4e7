"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { preferencesSchema, savePreferences } from "@/lib/preferences";

/** Flask: session["theme"] = request.form["theme"] (and so on), then a redirect back. */
export async function updatePreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = preferencesSchema.safeParse({
    language: fieldText(formData, "language"),
    theme: fieldText(formData, "theme"),
    notifications: fieldText(formData, "notifications") === "on",
  });
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), `Choose one of the listed ${String(issue.path[0])} options.`]));
    return { errors, message: "Nothing was saved: one of the choices is not valid." };
  }
  await savePreferences(parsed.data);
  // The theme and language live in the root layout, so the whole tree renders again.
  revalidatePath("/", "layout");
  return { ok: true, message: "Preferences saved." };
}
