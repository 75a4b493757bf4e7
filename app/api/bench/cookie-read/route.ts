// Benchmark floor (npm run bench): the control plus reading the session cookie the way getSession()
// does, through next/headers' cookies() and headers(), and nothing else. It is Next.js's own cost of
// reading a cookie in a request, the floor under any session read, as the control's POST is the
// floor under a session write.
import { cookies, headers } from "next/headers";
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";
import { getConfig } from "@/lib/config";

export async function GET() {
  await connection();
  const jar = await cookies();
  // getSession() also reads x-forwarded-proto, to name the cookie (__Host- over HTTPS).
  const overHttps = (await headers()).get("x-forwarded-proto") === "https";
  const name = overHttps ? `__Host-${getConfig().sessionCookieName}` : getConfig().sessionCookieName;
  // The cookie's length, so the read is used; the session inside it is never opened.
  return probeResponse({ session: "none", keys: jar.get(name)?.value.length ?? 0 });
}
