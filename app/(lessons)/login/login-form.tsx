"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { logIn } from "./actions";

export function LoginForm({ next, text }: { next?: string; text: Pick<Messages["login"], "formTitle" | "username" | "password" | "submit"> }) {
  const [state, formAction] = useActionState(logIn, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={text.formTitle}>
      {next && <input type="hidden" name="next" value={next} />}
      <div aria-live="polite">
        <FormMessage tone="error" message={state.message} />
      </div>
      <TextField
        id="username"
        name="username"
        label={text.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={64}
        defaultValue={state.values?.username}
        error={state.errors?.username}
        autoFocus
      />
      <TextField id="password" name="password" type="password" label={text.password} autoComplete="current-password" maxLength={256} error={state.errors?.password} />
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
