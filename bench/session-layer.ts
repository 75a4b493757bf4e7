// The session layer alone, no HTTP: microseconds per load and save of the store that
// SESSION_STORE (and the rest of the environment) names, built as the app builds it
// (getActiveStore). Run in a process of its own per store, with the react-server condition so
// that "server-only" modules load: bench/run.ts starts it and reads the JSON it prints.
import { getConfig } from "@/lib/config";
import { getActiveStore } from "@/lib/session/active-store";
import type { ClientInfo } from "@/lib/session/client-binding";
import { cookiePersistence, sessionCookieFlags } from "@/lib/session/cookie-policy";
import { openSession, timeoutsOf } from "@/lib/session/open-session";
import { newRecord } from "@/lib/session/record";
import { sealedCookieStore } from "@/lib/session/stores/cookie";
import { tracedJar, tracedStore } from "@/lib/session/traced-store";
import { addVisit, HISTORY_KEY } from "@/lib/history/visit-history";
import { cookieInOf, newBrowserId, startTrace } from "@/lib/timeline/recorder";

const storeId = process.argv[2] ?? "store";

/** Runs `call` until `budgetMs` has passed (after a warm-up), one at a time; microseconds per call. */
async function timePerCall(call: (index: number) => Promise<unknown>, budgetMs = 400): Promise<number> {
  // One index across warm-up and measure, so a call never repeats a warm-up's argument.
  let index = 0;
  while (index < 50) await call(index++);
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(budgetMs * 1e6);
  let now = start;
  while (now < deadline) {
    await call(index++);
    calls++;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / 1e3 / calls;
}

const config = getConfig();
const store = getActiveStore();
const client: ClientInfo = { userAgent: "bench", ip: "unknown" };
// Keeps the token each save sends back, as the browser keeps the cookie.
let sentBack = "";
const jar = { set: (_name: string, value: string) => void (sentBack = value), delete: () => {} };
const persistence = cookiePersistence(store, config, sessionCookieFlags(config, false), jar);

// A session as the lessons leave it: a logged-in user, a cart line, a few visits.
const record = {
  ...newRecord(timeoutsOf(config)),
  data: {
    user: { id: 2, username: "alice", name: "Alice Example", role: "user", loggedInAt: Date.now(), sessionVersion: 0 },
    cart: { "1": 2 },
    history: Array.from({ length: 5 }, (_, index) => ({ path: `/lesson-${index}`, at: new Date().toISOString() })),
  },
};
const token = await store.save(null, record);

const timings: { store: string; operation: string; microseconds: number }[] = [];
const add = (operation: string, microseconds: number) => timings.push({ store: storeId, operation, microseconds });

add("load", await timePerCall(() => store.load(token)));
if (config.sessionStore === "cookie") {
  // Cookie values this process has never seen: each costs a real unseal. A second store (the one
  // measured) has an empty memory, so every load is cold.
  const tokens: string[] = [];
  for (let index = 0; index < 2000; index++) tokens.push(await store.save(null, { ...record, lastSeenAt: record.lastSeenAt + index }));
  const cold = sealedCookieStore(config.sessionSecrets, config.sessionTtlSeconds);
  add("load-cold", await timePerCall((index) => cold.load(tokens[index % tokens.length]!), 300));
}
add("open", await timePerCall(() => openSession(store, config, token, persistence, client)));
add("save", await timePerCall((index) => persistence.save(token, (current) => ({ ...(current ?? record), data: { ...record.data, counter: index } }), record)));
// What the bench's write probe asks of the session: open, record a visit, save, with the token
// the previous save sent back (a cookie store's token changes with every save).
sentBack = token;
add(
  "write",
  await timePerCall(async () => {
    const { session } = await openSession(store, config, sentBack, persistence, client);
    session.update(HISTORY_KEY, (history) => addVisit(history, { path: "/api/bench/session", at: new Date().toISOString() }));
    await session.save();
  }),
);

// The same write recorded for the request timeline, as a page visit is when recording is on: the
// trace started with the cookie's fingerprint, and every step of the store and the cookie noted.
const browserId = newBrowserId();
add(
  "write-recorded",
  await timePerCall(async () => {
    const trace = startTrace({ browserId, method: "POST", path: "/api/bench/session", cookieIn: cookieInOf(config.sessionCookieName, sentBack) });
    const traced = tracedStore(store, trace);
    const tracedPersistence = cookiePersistence(traced, config, sessionCookieFlags(config, false), tracedJar(jar, trace));
    const { session } = await openSession(traced, config, sentBack, tracedPersistence, client, Date.now, trace);
    session.update(HISTORY_KEY, (history) => addVisit(history, { path: "/api/bench/session", at: new Date().toISOString() }));
    await session.save();
  }),
);

await store.destroy(token);
console.log(JSON.stringify(timings));
process.exit(0);
