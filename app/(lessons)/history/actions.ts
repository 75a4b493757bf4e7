"use server";

import { revalidatePath } from "next/cache";

import type { FormState } from "@/lib/forms/form-state";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";
import { HISTORY_KEY } from "@/lib/session/visit-history";

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
