import { redirect } from "next/navigation";

import { GreetingCard } from "@/app/try/_ui/greeting-card";
import { getSession } from "@/lib/session";

import { logOut } from "./actions";

/** Flask: if "name" not in session: return redirect(url_for("index")) */
export default async function GreetingPage() {
  const session = await getSession();
  const name = session.get("wb1_name");
  if (typeof name !== "string") redirect("/try/1");

  return <GreetingCard name={name} logOut={logOut} />;
}
