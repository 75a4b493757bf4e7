// Benchmark probes (npm run bench): app/api/bench/control plus the session, nothing else.
// GET reads it; POST also writes it once, recording a visit as the proxy does on every page visit.
import { connection } from "next/server";

import { probeResponse } from "@/lib/bench/probe-response";
import { getSession, type Session } from "@/lib/session";
import { addVisit, HISTORY_KEY } from "@/lib/history/visit-history";

const view = (session: Session) => probeResponse({ session: session.isNew ? "new" : "returning", keys: session.keys().length });

export async function GET() {
  await connection();
  return view(await getSession());
}

export async function POST() {
  await connection();
  const session = await getSession();
  session.update(HISTORY_KEY, (history) => addVisit(history, { path: "/api/bench/session", at: new Date().toISOString() }));
  await session.save();
  return view(session);
}
