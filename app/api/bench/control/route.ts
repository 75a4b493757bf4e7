// Benchmark control (npm run bench): the probe page without the session, the bare cost of Next.js.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function GET() {
  await connection();
  return probeResponse({ session: "none", keys: 0 });
}
