// Benchmark floor (npm run bench): the control plus reading the session cookie the way getSession()
// does, through cookies() (its name from headers(): __Host- over HTTPS), and nothing else. It is Next.js's own cost of reading a cookie in a request,
// the floor under any session read, as set-cookie (beside it) is the floor under a session write.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";
import { currentSessionToken } from "@/lib/session";

export async function GET() {
  await connection();
  // The cookie's length, so the read is used; the session inside it is never opened.
  return probeResponse({ session: "none", keys: (await currentSessionToken())?.length ?? 0 });
}
