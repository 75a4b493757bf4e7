"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getMessages, type Messages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

const nameSchema = ({ hello }: Messages) =>
  z.string().trim().min(1, { error: hello.errorEmpty }).max(40, { error: hello.errorTooLong });

// #region save-name
/** Flask: session["name"] = request.form["name"]; return redirect(url_for("output")) */
export async function saveName(_previous: FormState, formData: FormData): Promise<FormState> {
  const typed = fieldText(formData, "name");
  const name = nameSchema(await getMessages()).safeParse(typed);
  if (!name.success) {
    return { errors: { name: name.error.issues[0]?.message }, values: { name: typed } };
  }
  const session = await getSession();
  session.set("name", name.data);
  await session.save();
  redirect("/hello/output");
}
// #endregion save-name

// #region forget-name
/** Flask: session.pop("name", None); return redirect(url_for("index")) */
export async function forgetName(): Promise<void> {
  const session = await getSession();
  session.pop("name");
  await session.save();
  redirect("/hello?status=logged-out");
}
// #endregion forget-name
