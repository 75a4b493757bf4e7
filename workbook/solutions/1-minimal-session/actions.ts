"use server";

import { redirect } from "next/navigation";

import { getSession } from "@/lib/session";

// Exercise 1's key: the wb1_ prefix keeps it apart from the lessons' own "name".
const NAME_KEY = "wb1_name";

/** Flask: session["name"] = request.form["name"]; return redirect(url_for("greeting")) */
export async function saveName(formData: FormData): Promise<void> {
  const name = String(formData.get("name") ?? "").trim();
  if (name === "" || name.length > 40) redirect("/try/1?error=name");

  const session = await getSession();
  session.set(NAME_KEY, name);
  await session.save();
  redirect("/try/1/greeting");
}

/** Flask: session.pop("name", None); return redirect(url_for("index")) */
export async function logOut(): Promise<void> {
  const session = await getSession();
  session.pop(NAME_KEY);
  await session.save();
  redirect("/try/1?status=logged-out");
}
