"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

import { clearHistory } from "./actions";

export function ClearHistoryForm() {
  const [state, formAction] = useActionState(clearHistory, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label="Clear history">
      <SubmitButton variant="danger">Clear history</SubmitButton>
      <div aria-live="polite" data-testid="clear-result">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
