// Benchmark floor (npm run bench): the control's POST answered with a Set-Cookie as large as the
// Cookie it was sent (what a session write sends back), through the same cookies() a session save
// uses, and the session never touched: what Next.js takes to send a session-sized cookie back.
import { cookies, headers } from "next/headers";
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function POST() {
  await connection();
  const sentBytes = (await headers()).get("cookie")?.length ?? 0;
  (await cookies()).set("bench-control", "x".repeat(sentBytes), { httpOnly: true, sameSite: "lax", path: "/" });
  return probeResponse({ session: "none", keys: 0 });
}
