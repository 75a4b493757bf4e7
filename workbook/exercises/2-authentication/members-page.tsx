import { MembersCard } from "@/app/try/_ui/members-card";

import { logOut } from "./actions";

export default async function MembersPage() {
  // TODO 3: only a logged-in user may see this page:
  //   - const session = await getSession();   (import it from "@/lib/session")
  //   - const member = memberSchema.safeParse(session.get("wb2_user"));   (from "@/lib/workbook/exercise-data")
  //   - when !member.success, redirect("/try/2")   (import redirect from "next/navigation")
  //   - then pass member.data below instead of null.
  return <MembersCard member={null} logOut={logOut} />;
}
