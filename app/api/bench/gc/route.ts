// Benchmark helper (npm run bench): a full garbage collection before the leak check reads the
// server's memory. Only a server started with --expose-gc can; any other answers 404.
import { collectGarbage } from "@/lib/bench/collect-garbage";

export function POST() {
  return new Response(null, { status: collectGarbage() ? 204 : 404 });
}
