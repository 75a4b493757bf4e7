"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";
import { LANGUAGE_NAMES, type Preferences } from "@/lib/preferences/schema";

import { updatePreferences } from "./actions";

function Choices<T extends string>({ legend, name, options, value, error }: { legend: string; name: string; options: Record<T, string>; value: T; error?: string }) {
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {(Object.entries(options) as [T, string][]).map(([option, label]) => (
          <label key={option} className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-indigo-500 has-checked:bg-indigo-50 has-checked:text-indigo-900">
            <input type="radio" name={name} value={option} defaultChecked={option === value} className="accent-indigo-600" />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function PreferencesForm({ current, text }: { current: Preferences; text: Messages["preferences"] }) {
  const [state, formAction] = useActionState(updatePreferences, initialFormState);
  return (
    <form action={formAction} className="space-y-5" data-testid="preferences-form">
      {/* Keyed by the language: a choice made with the header's switcher re-checks the radios (defaultChecked alone would not), and the form keeps its message. */}
      <Choices key={current.language} legend={text.language} name="language" options={LANGUAGE_NAMES} value={current.language} error={state.errors?.language} />
      <Choices legend={text.theme} name="theme" options={{ light: text.themeLight, dark: text.themeDark }} value={current.theme} error={state.errors?.theme} />
      <label className="flex items-center gap-3 text-sm text-slate-700">
        <input type="checkbox" name="notifications" defaultChecked={current.notifications} className="size-4 accent-indigo-600" />
        {text.notifications}
      </label>
      <SubmitButton>{text.save}</SubmitButton>
      <div aria-live="polite">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
