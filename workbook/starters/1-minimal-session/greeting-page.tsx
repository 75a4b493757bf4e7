import { GreetingCard } from "@/app/try/_ui/greeting-card";

import { logOut } from "./actions";

export default async function GreetingPage() {
  // TODO 2: read the name back from the session:
  //   - const session = await getSession();   (import it from "@/lib/session")
  //   - const name = session.get("wb1_name");
  //   - when it is not a string, nobody has told us their name: redirect("/try/1")
  //     (import redirect from "next/navigation"). Pages only read the session; they never save it.
  const name = "";

  return <GreetingCard name={name} logOut={logOut} />;
}
