// Benchmark floor (npm run bench): the control waiting one turn of the event loop before it
// answers, and nothing else. A store that awaits the network or the disk (Redis, Memcached, files,
// PostgreSQL) makes every request it reads do that; under load, Next.js 16 answers such a request
// for less CPU than one that runs through without a pause (exploratory runs: 1.11x and 1.16x the
// control). Beside it, a read on those stores can come out above 1.0x without costing nothing.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function GET() {
  await connection();
  await new Promise<void>((resolve) => setImmediate(resolve));
  return probeResponse({ session: "none", keys: 0 });
}
