"use server";

import { redirect } from "next/navigation";

import { checkCredentials } from "@/lib/auth/login";

// Exercise 2: authentication. The form at /try/2 sends the username and password here.
// The steps and hints are at /workbook/2; check your work with `npm run workbook:check -- 2`.

export async function logIn(formData: FormData): Promise<void> {
  const username = String(formData.get("username") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  // Provided: the user when the password matches (argon2 against the users table), else null.
  const user = username && password ? await checkCredentials(username, password) : null;

  // TODO 1: when `user` is null, send the visitor back: redirect("/try/2?error=credentials").
  //
  // TODO 2: log the user in:
  //   - const session = await getSession();   (import it from "@/lib/session")
  //   - session.set("wb2_user", { username: user.username, name: user.displayName });
  //   - await session.regenerate();   (saves under a NEW session id: against session fixation)
  //   - redirect("/try/2/members");
  void user; // delete this line once your code uses `user`
  redirect("/try/2");
}

export async function logOut(): Promise<void> {
  // TODO 4: end the whole session: get the session, await session.destroy(),
  //         then redirect("/try/2?status=logged-out").
}
