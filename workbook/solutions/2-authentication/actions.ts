"use server";

import { redirect } from "next/navigation";

import { checkCredentials } from "@/lib/auth/login";
import { getSession } from "@/lib/session";

// Exercise 2's key: the wb2_ prefix keeps it apart from the login lesson's "user".
const MEMBER_KEY = "wb2_user";

/** Flask: if check_password(...): session["user"] = ...; return redirect(url_for("members")) */
export async function logIn(formData: FormData): Promise<void> {
  const username = String(formData.get("username") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const user = username && password ? await checkCredentials(username, password) : null;
  if (!user) redirect("/try/2?error=credentials");

  const session = await getSession();
  session.set(MEMBER_KEY, { username: user.username, name: user.displayName });
  // A new session id at log-in: an id someone planted before (session fixation) is worth nothing after.
  await session.regenerate();
  redirect("/try/2/members");
}

/** Flask: session.clear(); return redirect(url_for("login")) */
export async function logOut(): Promise<void> {
  const session = await getSession();
  await session.destroy();
  redirect("/try/2?status=logged-out");
}
