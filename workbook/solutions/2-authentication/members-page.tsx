import { redirect } from "next/navigation";

import { MembersCard } from "@/app/try/_ui/members-card";
import { getSession } from "@/lib/session";
import { memberSchema } from "@/lib/workbook/exercise-data";

import { logOut } from "./actions";

/** Flask: @login_required: no user in the session, so off to the login page. */
export default async function MembersPage() {
  const session = await getSession();
  const member = memberSchema.safeParse(session.get("wb2_user"));
  if (!member.success) redirect("/try/2");

  return <MembersCard member={member.data} logOut={logOut} />;
}
