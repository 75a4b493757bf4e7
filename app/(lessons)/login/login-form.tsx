"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { initialFormState } from "@/lib/forms/form-state";

import { logIn } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState(logIn, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Log in">
      {next && <input type="hidden" name="next" value={next} />}
      <div aria-live="polite">
        <FormMessage tone="error" message={state.message} />
      </div>
      <TextField
        id="username"
        name="username"
        label="Username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={64}
        defaultValue={state.values?.username}
        error={state.errors?.username}
        autoFocus
      />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" maxLength={256} error={state.errors?.password} />
      <SubmitButton>Log in</SubmitButton>
    </form>
  );
}
