"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

/** One button that runs one of this lesson's actions (start or clear the history) and says what it did. */
export function HistoryActionForm({
  action,
  label,
  variant,
}: {
  action: (state: FormState) => Promise<FormState>;
  label: string;
  variant: "primary" | "danger";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={label}>
      <SubmitButton variant={variant}>{label}</SubmitButton>
      <div aria-live="polite" data-testid="history-result">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
