// For load balancers and uptime checks: 200 when the session store answers, 503 when it does not.
// It reads no cookie and writes no session, so probing it never creates one.
import { checkStoreHealth } from "@/lib/session/health";

export async function GET() {
  const health = await checkStoreHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
