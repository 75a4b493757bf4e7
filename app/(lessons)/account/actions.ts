"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { changePassword } from "@/lib/account/change-password";
import { endOtherOwnSessions, endOwnSession, type EndResult } from "@/lib/account/own-sessions";
import { confirmPassword } from "@/lib/account/reauth";
import { requireUser } from "@/lib/auth/current-user";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { format, getLanguage, getMessages, plural, type Messages } from "@/lib/i18n";

/** A registry id: the SHA-256 of a session's token, in hex. */
const sessionIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 256;

/** The password typed again before ending sessions; the window it opens lasts a few minutes. */
export async function confirmPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const { account: text } = await getMessages();
  const password = fieldText(formData, "password");
  if (!password || password.length > MAX_PASSWORD || !(await confirmPassword(user, password))) return { errors: { password: text.wrongPassword } };
  revalidatePath("/account");
  return { ok: true, message: text.reauthDone };
}

async function endMessage(result: EndResult, text: Messages["account"], ok: (count: number) => string): Promise<FormState> {
  revalidatePath("/account");
  if (result.ok) return { ok: true, message: ok(result.count) };
  const refusals = { reauth: text.reauthNeeded, "not-found": text.notFound, "own-session": text.ownSession } as const;
  return { message: refusals[result.reason] };
}

/** "End" on one other session (with its id), or "sign out everywhere else": one form state, so the last answer shows. */
export async function endSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireUser("/account");
  const [{ account: text }, language] = await Promise.all([getMessages(), getLanguage()]);
  if (fieldText(formData, "op") === "end-others") {
    return endMessage(await endOtherOwnSessions(), text, (count) => plural(language, count, text.endedOthers));
  }
  const id = sessionIdSchema.safeParse(fieldText(formData, "id"));
  if (!id.success) return { message: text.notFound };
  return endMessage(await endOwnSession(id.data), text, () => text.endedOne);
}

const passwordSchema = (text: Messages["account"]) =>
  z
    .object({
      current: z.string().min(1, { error: text.errorCurrentEmpty }).max(MAX_PASSWORD, { error: text.wrongPassword }),
      next: z
        .string()
        .min(MIN_PASSWORD, { error: format(text.errorTooShort, { min: MIN_PASSWORD }) })
        .max(MAX_PASSWORD, { error: format(text.errorTooLong, { max: MAX_PASSWORD }) }),
      confirm: z.string(),
      endOthers: z.boolean(),
    })
    .refine((input) => input.next === input.confirm, { path: ["confirm"], error: text.errorMismatch })
    .refine((input) => input.next !== input.current, { path: ["next"], error: text.errorSame });

// #region change-password
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireUser("/account");
  const { account: text } = await getMessages();
  const input = passwordSchema(text).safeParse({
    current: fieldText(formData, "current"),
    next: fieldText(formData, "next"),
    confirm: fieldText(formData, "confirm"),
    // An unticked checkbox sends nothing: keeping the other sessions is the explicit choice.
    endOthers: formData.get("endOthers") === "on",
  });
  if (!input.success) {
    const errors = z.flattenError(input.error).fieldErrors;
    return { errors: { current: errors.current?.[0], next: errors.next?.[0], confirm: errors.confirm?.[0] } };
  }
  const result = await changePassword(input.data.current, input.data.next, input.data.endOthers);
  if (!result.ok) return { errors: { current: text.wrongPassword } };
  revalidatePath("/account");
  return { ok: true, message: input.data.endOthers ? text.passwordChangedOthersEnded : text.passwordChanged };
}
// #endregion change-password
