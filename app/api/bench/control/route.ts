// Benchmark control (npm run bench): the probe page without the session, the bare cost of Next.js.
// GET is the control of the session read. POST is the floor under the session write: it answers
// with a Set-Cookie as large as the Cookie it was sent (what a session write sends back), through
// the same cookies() a session save uses, and never touches the session.
import { cookies, headers } from "next/headers";
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function GET() {
  await connection();
  return probeResponse({ session: "none", keys: 0 });
}

export async function POST() {
  await connection();
  const sentBytes = (await headers()).get("cookie")?.length ?? 0;
  (await cookies()).set("bench-control", "x".repeat(sentBytes), { httpOnly: true, sameSite: "lax", path: "/" });
  return probeResponse({ session: "none", keys: 0 });
}
