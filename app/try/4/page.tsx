import type { Metadata } from "next";

import { SubmitButton } from "@/app/ui/submit-button";
import { getMessages } from "@/lib/i18n";
import { WB_THEMES } from "@/lib/workbook/exercise-data";
import { savePreferences } from "@/workbook/exercises/4-preferences/actions";
import { readPreferences } from "@/workbook/exercises/4-preferences/preferences";

import { ExercisePage } from "../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.preferences.title };
}

// Provided: the form, filled from the learner's readPreferences(); it posts to their savePreferences.
export default async function ExercisePreferencesPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [{ error }, current, { workbook }] = await Promise.all([searchParams, readPreferences(), getMessages()]);
  const text = workbook.try.preferences;
  return (
    <ExercisePage number={4} title={text.title} notice={error ? { tone: "error", message: text.refused } : undefined}>
      <form action={savePreferences} className="space-y-5">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{text.theme}</legend>
          <div className="flex flex-wrap gap-2">
            {WB_THEMES.map((theme) => (
              <label key={theme} className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-indigo-500 has-checked:bg-indigo-50 has-checked:text-indigo-900">
                <input type="radio" name="theme" value={theme} defaultChecked={theme === current.theme} className="accent-indigo-600" />
                {text.themes[theme]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-3 text-sm text-slate-700">
          <input type="checkbox" name="notifications" defaultChecked={current.notifications} className="size-4 accent-indigo-600" />
          {text.notifications}
        </label>
        <SubmitButton>{text.save}</SubmitButton>
      </form>
    </ExercisePage>
  );
}
