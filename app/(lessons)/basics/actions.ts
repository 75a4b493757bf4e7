"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { sessionTooLargeMessage } from "@/lib/i18n/session-too-large";
import { getSession, isReservedSessionKey, SessionTooLargeError, type Session } from "@/lib/session";

type Text = Messages["basics"];

const keySchema = (text: Text) =>
  z
    .string()
    .trim()
    .min(1, { error: text.errorKeyEmpty })
    .max(40, { error: text.errorKeyLong })
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: text.errorKeyShape });

const valueSchema = (text: Text) => z.string().max(200, { error: text.errorValueLong });

const show = (value: unknown) => JSON.stringify(value);

const basicsText = async () => (await getMessages()).basics;

// #region save-change
/** Runs a change and saves it, turning a cookie that would be too big into the form's message. */
async function saveChange(change: (session: Session) => string): Promise<FormState> {
  const session = await getSession();
  const message = change(session);
  try {
    await session.save();
  } catch (error) {
    if (error instanceof SessionTooLargeError) return { message: sessionTooLargeMessage(error, (await getMessages()).errors) };
    throw error;
  }
  revalidatePath("/basics");
  return { ok: true, message };
}
// #endregion save-change

function parseKey(text: Text, formData: FormData): { key: string } | { refused: FormState } {
  const typed = fieldText(formData, "key");
  const key = keySchema(text).safeParse(typed);
  if (!key.success) return { refused: { errors: { key: key.error.issues[0]?.message }, values: { key: typed } } };
  return { key: key.data };
}

// #region set-key
/** Flask: session[key] = value */
export async function setKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const text = await basicsText();
  const parsed = parseKey(text, formData);
  const typedValue = fieldText(formData, "value");
  if ("refused" in parsed) return { ...parsed.refused, values: { ...parsed.refused.values, value: typedValue } };
  const { key } = parsed;
  if (isReservedSessionKey(key)) return { errors: { key: format(text.errorKeyReserved, { key }) }, values: { key, value: typedValue } };
  const value = valueSchema(text).safeParse(typedValue);
  if (!value.success) return { errors: { value: value.error.issues[0]?.message }, values: { key, value: typedValue } };
  return saveChange((session) => {
    session.set(key, value.data);
    return format(text.resultSet, { key, value: show(value.data) });
  });
}
// #endregion set-key

// #region read-key
/** Flask: session.get(key). Reading changes nothing, so no cookie is sent back. */
export async function readKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const text = await basicsText();
  const parsed = parseKey(text, formData);
  if ("refused" in parsed) return parsed.refused;
  const { key } = parsed;
  const value = (await getSession()).get(key);
  return {
    ok: true,
    values: { key },
    message: value === undefined ? format(text.resultGetMissing, { key }) : format(text.resultGet, { key, value: show(value) }),
  };
}
// #endregion read-key

// #region pop-key
/** Flask: session.pop(key, None) */
export async function popKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const text = await basicsText();
  const parsed = parseKey(text, formData);
  if ("refused" in parsed) return parsed.refused;
  const { key } = parsed;
  if (!(await getSession()).has(key)) return { ok: true, values: { key }, message: format(text.resultPopMissing, { key }) };
  return saveChange((session) => format(text.resultPop, { key, value: show(session.pop(key)) }));
}
// #endregion pop-key

// #region clear-session
/** Flask: session.clear() */
export async function clearSession(): Promise<FormState> {
  const text = await basicsText();
  return saveChange((session) => {
    session.clear();
    return text.resultClear;
  });
}
// #endregion clear-session

// #region set-permanent
/** Flask: session.permanent = True / False */
export async function setPermanent(_previous: FormState, formData: FormData): Promise<FormState> {
  const text = await basicsText();
  const permanent = fieldText(formData, "permanent") === "true";
  return saveChange((session) => {
    session.permanent = permanent;
    return permanent ? text.resultPermanent : text.resultTransient;
  });
}
// #endregion set-permanent
