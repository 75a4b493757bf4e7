"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { requireRole } from "@/lib/auth/current-user";
import { endEveryoneElsesSessions, endSessionsOfUser, setAccountDisabled, setRole, type AdminActionResult } from "@/lib/admin/users";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { format, getLanguage, getMessages, plural } from "@/lib/i18n";

const userActionSchema = z.object({
  op: z.enum(["disable", "enable", "promote", "demote", "end-sessions"]),
  userId: z.coerce.number().int().positive(),
});

/** Every button of the page goes through here, so one form state holds the last answer. Admins only. */
export async function userAction(previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole("admin", "/admin/users");
  return fieldText(formData, "op") === "end-everyone" ? endEveryone() : oneUserAction(previous, formData);
}

// #region one-user-action
/** One button of a user's row: disable, enable, promote, demote or end their sessions. */
async function oneUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // An action is a public endpoint: the role is checked here, and again in lib/admin/users.ts.
  await requireRole("admin", "/admin/users");
  const { adminUsers: text, roles } = await getMessages();
  const input = userActionSchema.safeParse({ op: fieldText(formData, "op"), userId: fieldText(formData, "userId") });
  if (!input.success) return { message: text.refusedNotFound };
  const { op, userId } = input.data;

  let result: AdminActionResult;
  if (op === "disable" || op === "enable") result = await setAccountDisabled(userId, op === "disable");
  else if (op === "promote" || op === "demote") result = await setRole(userId, op === "promote" ? "admin" : "user");
  else result = await endSessionsOfUser(userId);
  revalidatePath("/admin/users");
  // #endregion one-user-action

  if (!result.ok) return { message: { yourself: text.refusedYourself, "not-found": text.refusedNotFound, reauth: text.refusedReauth }[result.reason] };
  const name = result.user.displayName;
  const done = {
    disable: format(text.disabledDone, { name }),
    enable: format(text.enabledDone, { name }),
    promote: format(text.roleDone, { name, role: roles.names.admin }),
    demote: format(text.roleDone, { name, role: roles.names.user }),
    "end-sessions": format(text.endedDone, { name }),
  };
  return { ok: true, message: done[op] };
}

async function endEveryone(): Promise<FormState> {
  await requireRole("admin", "/admin/users");
  const [{ adminUsers: text }, language] = await Promise.all([getMessages(), getLanguage()]);
  const count = await endEveryoneElsesSessions();
  revalidatePath("/admin/users");
  return { ok: true, message: plural(language, count, text.endedEveryone) };
}
