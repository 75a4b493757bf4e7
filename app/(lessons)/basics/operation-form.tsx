"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

interface Field {
  name: string;
  label: string;
  placeholder?: string;
}

/** One session operation: a few fields, a button, and what the server answered. */
export function OperationForm({
  id,
  title,
  action,
  fields = [],
  submitLabel,
  variant = "primary",
  hidden,
}: {
  id: string;
  title: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields?: Field[];
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} aria-labelledby={`${id}-title`} className="space-y-3" noValidate data-testid={`${id}-form`}>
      <h3 id={`${id}-title`} className="font-medium text-slate-900">
        {title}
      </h3>
      {hidden && Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {fields.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2">
          {fields.map((field) => (
            <TextField
              key={field.name}
              id={`${id}-${field.name}`}
              name={field.name}
              label={field.label}
              placeholder={field.placeholder}
              autoComplete="off"
              defaultValue={state.values?.[field.name]}
              error={state.errors?.[field.name]}
            />
          ))}
        </div>
      )}
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      <div aria-live="polite" data-testid={`${id}-result`}>
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
