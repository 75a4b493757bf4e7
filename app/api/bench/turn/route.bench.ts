// Benchmark floor (npm run bench): the control waiting one turn of the event loop before it
// answers, and nothing else. A store that awaits the network or the disk (Redis, Memcached, files,
// PostgreSQL) makes every request it reads do that; under load, Next.js 16 answers such a request
// for less CPU than one that runs through without a pause (1.11x the control in the bench, 1.16x in
// a plain A/B). So a read on those stores can come out above 1.0x and still cost something: this
// row, not the control, is their floor.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";

export async function GET() {
  await connection();
  await new Promise<void>((resolve) => setImmediate(resolve));
  return probeResponse({ session: "none", keys: 0 });
}
