"use server";

import { redirect } from "next/navigation";

// Exercise 1: a minimal session. The form at /try/1 sends the name here.
// The steps and hints are at /workbook/1; check your work with `npm run workbook:check -- 1`.

export async function saveName(formData: FormData): Promise<void> {
  const name = String(formData.get("name") ?? "").trim();
  if (name === "" || name.length > 40) redirect("/try/1?error=name");

  // TODO 1: keep the name in the session, then show the greeting:
  //   - import { getSession } from "@/lib/session" and call `const session = await getSession();`
  //   - session.set("wb1_name", name);
  //   - await session.save();   (only a server action or route handler may save: only they can send a cookie)
  //   - redirect("/try/1/greeting");
}

export async function logOut(): Promise<void> {
  // TODO 3: forget the name: get the session, session.pop("wb1_name"), await session.save(),
  //         then redirect("/try/1?status=logged-out").
}
