"use server";

import { revalidatePath } from "next/cache";

import type { FormState } from "@/lib/forms/form-state";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";
import { HISTORY_KEY } from "@/lib/history/visit-history";

// #region start-history
/**
 * Flask: session.setdefault("history", []). A visit alone starts no session (proxy.ts), so a
 * visitor who has none starts one here, on purpose, and the proxy records from the next page on.
 */
export async function startHistory(): Promise<FormState> {
  const [session, { history }] = await Promise.all([getSession(), getMessages()]);
  if (!session.has(HISTORY_KEY)) session.set(HISTORY_KEY, []);
  await session.save();
  revalidatePath("/history");
  return { ok: true, message: history.started };
}
// #endregion start-history

// #region clear-history
/** Flask: session.pop("history", None) */
export async function clearHistory(): Promise<FormState> {
  const [session, { history }] = await Promise.all([getSession(), getMessages()]);
  session.pop(HISTORY_KEY);
  // An otherwise empty session is destroyed, cookie and all, as Flask drops an empty cookie.
  await session.save();
  revalidatePath("/history");
  return { ok: true, message: history.cleared };
}
// #endregion clear-history
