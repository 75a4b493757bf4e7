// Benchmark floor (npm run bench): a page in the app's own layout that renders one line and reads
// no session itself. What a lesson page costs above the control route, less whatever the lesson
// adds: the layout (language, theme, header), the proxy's history write and Next.js's rendering of
// a page. Built only by the bench (BENCH_BUILD=1), like the probe routes.
import { connection } from "next/server";

export default async function BenchFloor() {
  await connection();
  return <p>floor</p>;
}
