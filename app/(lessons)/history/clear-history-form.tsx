"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { clearHistory } from "./actions";

export function ClearHistoryForm({ text }: { text: Pick<Messages["history"], "clear"> }) {
  const [state, formAction] = useActionState(clearHistory, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={text.clear}>
      <SubmitButton variant="danger">{text.clear}</SubmitButton>
      <div aria-live="polite" data-testid="clear-result">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
