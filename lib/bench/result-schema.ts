// The shape of bench/results/latest.json: written by `npm run bench` (bench/), read by the
// inspector (and the /stores page) to say what a store costs. Pure, so both sides share it.
import { z } from "zod";

// A store is named as SESSION_STORE names it, except the database store, named after its database
// ("sqlite", "postgres"), whose costs differ: an embedded file against a server on the network.

/**
 * control and read: the probe route without and with a session read; cookie-read: the control
 * reading the session cookie through next/headers but never opening it (Next.js's own cost of
 * reading a cookie, the floor under any session read); turn: the control waiting one turn of the
 * event loop, as every read of a store on the network or the disk does; post: the control sent as a POST, no
 * session and no cookie set (Next.js's own cost of a POST); set-cookie: that POST answered with a
 * cookie as large as a session's, no session (Next.js's own cost of a POST that sends a cookie
 * back, the floor under any session write); write: the probe also saving the session once;
 * page: a lesson page (the proxy records the visit: a write); cart: the shop's add-to-cart form
 * then the cart's remove form; login: the login form; output, cart-page, inspector: GET
 * /hello/output, /cart and /inspector, whole lesson pages as a logged-in learner sees them; floor:
 * a page in the same layout that renders one line (app/bench/floor), what any lesson page costs;
 * flask-output: the Flask peer, the seed's minimal app's GET /output (gunicorn, one worker) on the
 * same core, measured in the same rounds as the store's server it is listed under; next-route and
 * next-page: Next.js alone (bench/next-alone), a route handler and a one-line page in a bare
 * layout, on the same core and in the same rounds: the framework's own ratio of a page to a route.
 */
export const SCENARIOS = ["control", "read", "cookie-read", "turn", "post", "set-cookie", "write", "page", "cart", "login", "output", "cart-page", "inspector", "floor", "flask-output", "next-route", "next-page"] as const;
export type ScenarioKind = (typeof SCENARIOS)[number];

const rowSchema = z.object({
  scenario: z.enum(SCENARIOS),
  store: z.string(),
  /** Requests per second: the median of the rounds. */
  rps: z.number(),
  /** Each round's requests per second, in order. */
  rpsRounds: z.array(z.number()),
  /** (max - min) / median of the rounds, in percent: how noisy this row was. */
  spreadPercent: z.number(),
  p50Ms: z.number(),
  p99Ms: z.number(),
  /** rps / the control route's rps on the same server; 1 for the control itself. */
  ratio: z.number(),
  /** What this row costs a request beyond the control, in microseconds (1e6/rps - 1e6/control rps). */
  extraMicroseconds: z.number(),
  /** Responses with another status than the scenario expects, and socket errors. */
  errors: z.number(),
  /** The server's CPU time (user + system, its whole process tree) per request: the median of the rounds; absent from results before 2026-12-07. */
  cpuMicroseconds: z.number().optional(),
});
export type BenchRow = z.infer<typeof rowSchema>;

const sessionLayerSchema = z.object({
  store: z.string(),
  /** "load" (a token the process has seen), "load-cold" (a token it has not), "open" (the whole session layer: load, checks, Session), "save", "write" (open, record a visit, save). */
  operation: z.string(),
  microseconds: z.number(),
});
export type SessionLayerTiming = z.infer<typeof sessionLayerSchema>;

const memorySchema = z.object({
  store: z.string(),
  idleMb: z.number(),
  /** Resident size after each round of load. */
  afterRoundsMb: z.array(z.number()),
  /** V8's heap in use after each round's full garbage collection: the live JavaScript objects, where a leak in the app's code would show. */
  heapAfterRoundsMb: z.array(z.number()).optional(),
  /** The rounds as three consecutive runs, each run's median resident size (bench/stats.ts); absent from results before 2026-12-05's second run. */
  runsMb: z.array(z.number()).optional(),
  /** (max - min) / min of runsMb (of afterRoundsMb in older results), in percent; the leak check wants it within 10. */
  growthPercent: z.number(),
  stable: z.boolean(),
});
export type MemoryReport = z.infer<typeof memorySchema>;

export const benchResultSchema = z.object({
  version: z.literal(1),
  measuredAt: z.string(),
  machine: z.object({ cores: z.number(), cpu: z.string(), node: z.string(), loadBefore: z.array(z.number()), loadAfter: z.array(z.number()), note: z.string().optional() }),
  settings: z.object({ connections: z.number(), warmupSeconds: z.number(), durationSeconds: z.number(), rounds: z.number(), serverCores: z.string().nullable().optional() }),
  stores: z.array(z.object({ store: z.string(), skipped: z.string().optional() })),
  rows: z.array(rowSchema),
  sessionLayer: z.array(sessionLayerSchema),
  memory: z.array(memorySchema),
});
export type BenchResult = z.infer<typeof benchResultSchema>;
