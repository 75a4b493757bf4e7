"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { changePasswordAction } from "./actions";

export function PasswordForm({ text }: { text: Messages["account"] }) {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={formAction} className="space-y-4" aria-label={text.passwordTitle} noValidate>
      <div aria-live="polite">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
      <TextField id="current" name="current" type="password" label={text.currentPassword} autoComplete="current-password" maxLength={256} error={state.errors?.current} />
      <TextField id="next" name="next" type="password" label={text.newPassword} autoComplete="new-password" maxLength={256} error={state.errors?.next} />
      <TextField id="confirm" name="confirm" type="password" label={text.confirmPassword} autoComplete="new-password" maxLength={256} error={state.errors?.confirm} />
      <div className="flex items-start gap-2">
        <input id="endOthers" name="endOthers" type="checkbox" defaultChecked className="mt-1 size-4 accent-indigo-600" aria-describedby="endOthers-hint" />
        <div>
          <label htmlFor="endOthers" className="text-sm font-medium text-slate-800">
            {text.endOthersChoice}
          </label>
          <p id="endOthers-hint" className="text-xs text-slate-500">
            {text.endOthersHint}
          </p>
        </div>
      </div>
      <SubmitButton>{text.passwordSubmit}</SubmitButton>
    </form>
  );
}
