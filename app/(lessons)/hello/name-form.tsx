"use client";

import { useActionState } from "react";

import { initialFormState } from "@/lib/forms/form-state";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";

import { saveName } from "./actions";

export function NameForm({ text }: { text: { nameLabel: string; namePlaceholder: string; save: string } }) {
  const [state, formAction] = useActionState(saveName, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        id="name"
        name="name"
        label={text.nameLabel}
        autoComplete="given-name"
        maxLength={40}
        placeholder={text.namePlaceholder}
        defaultValue={state.values?.name}
        error={state.errors?.name}
        autoFocus
      />
      <SubmitButton>{text.save}</SubmitButton>
    </form>
  );
}
