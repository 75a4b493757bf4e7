"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { requireRole } from "@/lib/auth/current-user";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { endSessionById } from "@/lib/session/admin";

/** A registry id: the SHA-256 of a session's token, in hex. */
const sessionIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

const REFUSALS = {
  "stateless-store": "This store keeps no sessions on the server, so there is nothing to end.",
  "not-found": "That session has already ended.",
  "own-session": "That is your own session: end it with Log out.",
} as const;

/** Flask-Session: app.session_interface.sql_session_model.query.filter_by(session_id=...).delete() */
export async function endSession(_previous: FormState, formData: FormData): Promise<FormState> {
  // An action is a public endpoint: anyone can POST to it, so the role is checked here again,
  // not only on the page that shows the button (endSessionById checks it a third time).
  await requireRole("admin", "/admin");
  const id = sessionIdSchema.safeParse(fieldText(formData, "id"));
  if (!id.success) return { message: "That is not a session id." };

  const result = await endSessionById(id.data);
  revalidatePath("/admin");
  if (!result.ended) return { message: REFUSALS[result.reason] };
  const whose = result.user ? `${result.user.name}'s session (${result.user.username})` : "an anonymous session";
  return { ok: true, message: `Ended ${whose}. Its next request finds no session: logged out.` };
}
