"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";

import { confirmPasswordAction } from "./actions";

/** The password typed again, before anything that ends sessions or hands out a role. */
export function ReauthForm({ text }: { text: { title: string; intro: string; password: string; submit: string } }) {
  const [state, formAction] = useActionState(confirmPasswordAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/60 p-4" aria-label={text.title} noValidate>
      <p className="text-sm font-medium text-slate-900">{text.title}</p>
      <p className="text-sm text-slate-700">{text.intro}</p>
      <div aria-live="polite">
        <FormMessage tone="success" message={state.ok ? state.message : undefined} />
      </div>
      <TextField id="reauth-password" name="password" type="password" label={text.password} autoComplete="current-password" maxLength={256} error={state.errors?.password} />
      <SubmitButton variant="secondary">{text.submit}</SubmitButton>
    </form>
  );
}
