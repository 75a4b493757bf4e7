// For load balancers and uptime checks: 200 when the session store answers, 503 when it does not.
// It reads no cookie and writes no session, so probing it never creates one. Anyone may call it,
// so it says how the store is, not how many sessions it holds: a count tells an outsider how busy
// the site is, and when its users come and go.
import { checkStoreHealth } from "@/lib/store-health";

export async function GET() {
  const { store, ok, roundTripMs, problem } = await checkStoreHealth();
  return Response.json({ store, ok, roundTripMs, problem }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
