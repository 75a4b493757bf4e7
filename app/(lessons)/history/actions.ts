"use server";

import { revalidatePath } from "next/cache";

import type { FormState } from "@/lib/forms/form-state";
import { getSession } from "@/lib/session";
import { HISTORY_KEY } from "@/lib/session/visit-history";

/** Flask: session.pop("history", None) */
export async function clearHistory(): Promise<FormState> {
  const session = await getSession();
  session.pop(HISTORY_KEY);
  // An otherwise empty session is destroyed, cookie and all, as Flask drops an empty cookie.
  await session.save();
  revalidatePath("/history");
  return { ok: true, message: 'session.pop("history"): the history is empty. The next page you open starts a new one.' };
}
