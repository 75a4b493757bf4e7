"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getSession, isReservedSessionKey, SessionTooLargeError, type Session } from "@/lib/session";

const keySchema = z
  .string()
  .trim()
  .min(1, { error: "Type a key." })
  .max(40, { error: "Keys are at most 40 characters." })
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: "A key starts with a letter and uses only letters, digits and _." });

const valueSchema = z.string().max(200, { error: "Values are at most 200 characters." });

const show = (value: unknown) => JSON.stringify(value);

/** Runs a change and saves it, turning a cookie that would be too big into the form's message. */
async function saveChange(change: (session: Session) => string): Promise<FormState> {
  const session = await getSession();
  const message = change(session);
  try {
    await session.save();
  } catch (error) {
    if (error instanceof SessionTooLargeError) return { message: error.message };
    throw error;
  }
  revalidatePath("/basics");
  return { ok: true, message };
}

function parseKey(formData: FormData): { key: string } | { refused: FormState } {
  const typed = fieldText(formData, "key");
  const key = keySchema.safeParse(typed);
  if (!key.success) return { refused: { errors: { key: key.error.issues[0]?.message }, values: { key: typed } } };
  return { key: key.data };
}

/** Flask: session[key] = value */
export async function setKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseKey(formData);
  const typedValue = fieldText(formData, "value");
  if ("refused" in parsed) return { ...parsed.refused, values: { ...parsed.refused.values, value: typedValue } };
  const { key } = parsed;
  if (isReservedSessionKey(key)) {
    return { errors: { key: `"${key}" belongs to another lesson (it would forge a login or a cart), so it cannot be set here.` }, values: { key, value: typedValue } };
  }
  const value = valueSchema.safeParse(typedValue);
  if (!value.success) return { errors: { value: value.error.issues[0]?.message }, values: { key, value: typedValue } };
  return saveChange((session) => {
    session.set(key, value.data);
    return `session["${key}"] = ${show(value.data)}`;
  });
}

/** Flask: session.get(key). Reading changes nothing, so no cookie is sent back. */
export async function readKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseKey(formData);
  if ("refused" in parsed) return parsed.refused;
  const session = await getSession();
  const value = session.get(parsed.key);
  return {
    ok: true,
    values: { key: parsed.key },
    message: value === undefined ? `session.get("${parsed.key}") is None: no such key.` : `session.get("${parsed.key}") is ${show(value)}`,
  };
}

/** Flask: session.pop(key, None) */
export async function popKey(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseKey(formData);
  if ("refused" in parsed) return parsed.refused;
  const { key } = parsed;
  const session = await getSession();
  if (!session.has(key)) return { ok: true, values: { key }, message: `session.pop("${key}", None) returned None: there was no such key.` };
  return saveChange((current) => `session.pop("${key}") returned ${show(current.pop(key))}`);
}

/** Flask: session.clear() */
export async function clearSession(): Promise<FormState> {
  return saveChange((session) => {
    session.clear();
    return "session.clear(): the session is empty, and the cookie was deleted.";
  });
}

/** Flask: session.permanent = True / False */
export async function setPermanent(_previous: FormState, formData: FormData): Promise<FormState> {
  const permanent = fieldText(formData, "permanent") === "true";
  return saveChange((session) => {
    session.permanent = permanent;
    return permanent
      ? "session.permanent = True: the cookie now has a Max-Age and survives a browser restart."
      : "session.permanent = False: the cookie has no Max-Age and ends when the browser closes.";
  });
}
