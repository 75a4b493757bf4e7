// Benchmark helper (npm run bench): a full garbage collection before the leak check reads the
// server's memory, and the JavaScript heap still in use after it. Only a server started with
// --expose-gc can; any other answers 404.
import { collectGarbage } from "@/lib/bench/collect-garbage";

export function POST() {
  const heapUsedBytes = collectGarbage();
  return heapUsedBytes === null ? new Response(null, { status: 404 }) : Response.json({ heapUsedBytes }, { headers: { "cache-control": "no-store" } });
}
