"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { requireRole } from "@/lib/auth/current-user";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { endSessionById } from "@/lib/admin/sessions";

/** A registry id: the SHA-256 of a session's token, in hex. */
const sessionIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

const refusals = ({ admin }: Messages) =>
  ({
    "stateless-store": admin.refusedStateless,
    "not-found": admin.refusedNotFound,
    "own-session": admin.refusedOwn,
  }) as const;

// #region end-session
/** Flask-Session: app.session_interface.sql_session_model.query.filter_by(session_id=...).delete() */
export async function endSession(_previous: FormState, formData: FormData): Promise<FormState> {
  // An action is a public endpoint: anyone can POST to it, so the role is checked here again,
  // not only on the page that shows the button (endSessionById checks it a third time).
  await requireRole("admin", "/admin");
  const messages = await getMessages();
  const id = sessionIdSchema.safeParse(fieldText(formData, "id"));
  if (!id.success) return { message: messages.admin.notAnId };

  const result = await endSessionById(id.data);
  revalidatePath("/admin");
  if (!result.ended) return { message: refusals(messages)[result.reason] };
  const { admin: text } = messages;
  return { ok: true, message: result.user ? format(text.endedUser, { name: result.user.name, username: result.user.username }) : text.endedAnonymous };
}
// #endregion end-session
