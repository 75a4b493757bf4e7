"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getMessages } from "@/lib/i18n";
import { getPreferences, preferencesSchema, savePreferences } from "@/lib/preferences";

// #region update-preferences
/** Flask: session["theme"] = request.form["theme"] (and so on), then a redirect back. */
export async function updatePreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = preferencesSchema.safeParse({
    language: fieldText(formData, "language"),
    theme: fieldText(formData, "theme"),
    notifications: fieldText(formData, "notifications") === "on",
  });
  if (!parsed.success) {
    const { preferences: text } = await getMessages();
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), text.invalidField]));
    return { errors, message: text.invalid };
  }
  await savePreferences(parsed.data);
  // Read after saving: the new language is the one to answer in.
  const { preferences: text } = await getMessages();
  // The theme and language live in the root layout, so the whole tree renders again.
  revalidatePath("/", "layout");
  return { ok: true, message: text.saved };
}
// #endregion update-preferences

/**
 * The header's language switcher: the same save as the form above, with only the language
 * changed. A language not offered (a hand-made request) changes nothing.
 */
export async function chooseLanguage(formData: FormData): Promise<void> {
  const language = preferencesSchema.shape.language.safeParse(fieldText(formData, "language"));
  if (!language.success) return;
  await savePreferences({ ...(await getPreferences()), language: language.data });
  revalidatePath("/", "layout");
}
