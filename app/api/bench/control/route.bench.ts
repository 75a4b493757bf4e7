// Benchmark control (npm run bench): the probe page without the session, the bare cost of Next.js.
// GET is the control of the session read. POST is the same page answered to a POST, and nothing
// else: what Next.js takes for a POST (the proxy runs on it, after Next.js copies the request body
// for it). app/api/bench/set-cookie adds the cookie a session write sends back: the write's floor.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function GET() {
  await connection();
  return probeResponse({ session: "none", keys: 0 });
}

export async function POST() {
  await connection();
  return probeResponse({ session: "none", keys: 0 });
}
