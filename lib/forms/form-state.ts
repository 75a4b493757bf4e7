/**
 * What a server action hands back to its form (next-learn's `State`): per-field errors, one
 * message, and the values to refill so a refused form loses nothing the person typed.
 */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string | undefined>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = {};

/** The text of a form field; a missing field or a file upload reads as "". */
export function fieldText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
