// What `npm run bench` prints and writes: the results table, the session-layer and memory tables,
// the performance targets with whether this run met them, and the Markdown summary the READMEs link.
import type { BenchResult, BenchRow, ScenarioKind } from "@/lib/bench/result-schema";
import { HISTORY_LIMIT } from "@/lib/history/visit-history";

import { pinningText } from "./cores";
import { judgeAtLeast, median, MEDIAN_CONFIDENCE, medianInterval, pairedRatios } from "./stats";
import { TIMELINE_OFF } from "./stores";
import { markdownTable, textTable, type Table } from "./table";

export const SCENARIO_LABELS: Record<ScenarioKind, string> = {
  control: "control: probe route, no session",
  read: "session read (logged in)",
  "cookie-read": "control + the cookie read, never opened",
  turn: "control + one event-loop turn, no session",
  post: "control as a POST: no session, no cookie",
  "set-cookie": "control as a POST + Set-Cookie, no session",
  write: "session write (probe: one visit saved)",
  page: "lesson page /hello (history write)",
  cart: "add to cart, then remove (forms)",
  login: "log in (argon2 check, new session)",
  output: "lesson page /hello/output (history write)",
  "cart-page": "lesson page /cart (history write)",
  inspector: "lesson page /inspector (history write)",
  floor: "floor: a one-line page in the same layout (history write)",
  "flask-output": "Flask peer: the seed's GET /output (gunicorn)",
  "next-route": "Next.js alone: a route handler (bare app)",
  "next-page": "Next.js alone: a one-line page (bare app)",
};

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

export function resultsTable(rows: readonly BenchRow[]): Table {
  return {
    headers: ["scenario", "store", "req/s", "spread", "p50 ms", "p99 ms", "x control", "+us/req", "CPU us/req", "errors"],
    align: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: rows.map((row) => [
      SCENARIO_LABELS[row.scenario],
      row.store,
      fixed(row.rps, 0),
      `${fixed(row.spreadPercent, 0)}%`,
      fixed(row.p50Ms, 1),
      fixed(row.p99Ms, 1),
      fixed(row.ratio, 2),
      row.scenario === "control" ? "" : fixed(row.extraMicroseconds, 0),
      fixed(row.cpuMicroseconds ?? NaN, 0),
      String(row.errors),
    ]),
  };
}

export function sessionLayerTable(result: Pick<BenchResult, "sessionLayer">): Table {
  return {
    headers: ["store", "operation", "us/call"],
    align: ["left", "left", "right"],
    rows: result.sessionLayer.map((timing) => [timing.store, timing.operation, fixed(timing.microseconds, timing.microseconds < 10 ? 2 : 0)]),
  };
}

export function memoryTable(result: Pick<BenchResult, "memory">): Table {
  return {
    headers: ["store", "idle MB", "after each round MB", "JS heap MB", "three runs MB", "growth", "leak check"],
    align: ["left", "right", "left", "left", "left", "right", "left"],
    rows: result.memory.map((memory) => [
      memory.store,
      fixed(memory.idleMb, 0),
      memory.afterRoundsMb.map((mb) => fixed(mb, 0)).join(", "),
      memory.heapAfterRoundsMb?.map((mb) => fixed(mb, 0)).join(", ") ?? "n/a",
      memory.runsMb?.map((mb) => fixed(mb, 0)).join(", ") ?? "n/a",
      `${fixed(memory.growthPercent, 1)}%`,
      memory.stable ? "stable (within 10%)" : "GREW more than 10%",
    ]),
  };
}

interface Target {
  what: string;
  goal: string;
  measured: string;
  /** null: not measured, or (with `unclear`) measured but not surely on either side of the goal. */
  met: boolean | null;
  unclear?: boolean;
}

const CONFIDENCE_PERCENT = Math.round(MEDIAN_CONFIDENCE * 100);

const rowOf = (rows: readonly BenchRow[], scenario: ScenarioKind, store: string) => rows.find((row) => row.scenario === scenario && row.store === store);

/** The performance targets, met or not by this run; reported, never asserted. */
export function targets(result: BenchResult): Target[] {
  const ratioTarget = (what: string, scenario: ScenarioKind, store: string, goal: number, against: ScenarioKind = "control"): Target => {
    const row = rowOf(result.rows, scenario, store);
    const base = rowOf(result.rows, against, store);
    const target = { what, goal: `>= ${goal.toFixed(2)}x ${against === "control" ? "control" : SCENARIO_LABELS[against].split(":")[0]}` };
    if (!row || !base) return { ...target, measured: "not measured", met: null };
    const ratios = pairedRatios(row.rpsRounds, base.rpsRounds);
    const { verdict, interval } = judgeAtLeast(ratios, goal);
    const how = interval ? `${CONFIDENCE_PERCENT}% interval ${fixed(interval.low, 2)} to ${fixed(interval.high, 2)}` : `${ratios.length} rounds: too few to judge`;
    // Against the control, the row's own ratio; against another row, the median of the paired rounds.
    // CPU time per request moves less with other people's load than requests per second do.
    const byCpu = row.cpuMicroseconds && base.cpuMicroseconds ? `; by CPU time per request: ${fixed(base.cpuMicroseconds / row.cpuMicroseconds, 2)}x` : "";
    const measured = `${fixed(against === "control" ? row.ratio : median(ratios), 2)}x (${how})${byCpu}`;
    return verdict === "unclear" ? { ...target, measured, met: null, unclear: true } : { ...target, measured, met: verdict === "met" };
  };
  const open = result.sessionLayer.find((timing) => timing.store === "cookie" && timing.operation === "open");
  const read = rowOf(result.rows, "read", "cookie");
  // What Next.js itself takes to read the cookie, to answer a POST, and to send a cookie that size
  // back: no session read or write can be cheaper than these.
  const readFloor = rowOf(result.rows, "cookie-read", "cookie");
  const postFloor = rowOf(result.rows, "post", "cookie");
  const writeFloor = rowOf(result.rows, "set-cookie", "cookie");
  const cookieRead = ratioTarget("cookie session read", "read", "cookie", 0.97);
  if (readFloor) cookieRead.measured += `; reading the cookie alone, no session: ${fixed(readFloor.ratio, 2)}x`;
  const write = ratioTarget("cookie session write", "write", "cookie", 0.85);
  // A page that renders one line in the same layout: no lesson page can be cheaper than this.
  const pageFloor = rowOf(result.rows, "floor", "cookie");
  const output = ratioTarget("lesson page /hello/output", "output", "cookie", 0.5);
  if (pageFloor) output.measured += `; a one-line page in the same layout: ${fixed(pageFloor.ratio, 2)}x`;
  if (postFloor) write.measured += `; a POST alone, no session: ${fixed(postFloor.ratio, 2)}x`;
  const frameworkCeiling = nextAloneTarget(result);
  if (writeFloor) write.measured += `; a POST and a Set-Cookie, no session: ${fixed(writeFloor.ratio, 2)}x`;
  return [
    cookieRead,
    timelineTarget(result),
    ratioTarget("SQLite session read", "read", "sqlite", 0.93),
    write,
    output,
    ratioTarget("lesson page /cart", "cart-page", "cookie", 0.35),
    ratioTarget("lesson page /inspector", "inspector", "cookie", 0.35),
    ratioTarget("/hello/output against the Flask page it teaches", "output", "cookie", 0.25, "flask-output"),
    frameworkCeiling,
    {
      what: "cookie session layer per request",
      goal: "<= 50 us",
      measured: `${open ? fixed(open.microseconds, 1) : "n/a"} us alone; ${read ? fixed(read.extraMicroseconds, 0) : "n/a"} us over HTTP`,
      met: open ? open.microseconds <= 50 : null,
    },
    {
      what: "server memory across three runs",
      goal: "within 10%",
      measured: result.memory.map((memory) => `${memory.store} ${fixed(memory.growthPercent, 1)}%`).join(", ") || "not measured",
      met: result.memory.length > 0 ? result.memory.every((memory) => memory.stable) : null,
    },
  ];
}

/**
 * What recording the request timeline costs the lesson page /hello: its ratio to the control with
 * recording on (the cookie server) over the same ratio with it off (a second server). The two run
 * at different times, so their rounds are not paired: the interval is the widest the two medians'
 * intervals allow. Where that interval straddles the goal, the recording timed alone decides (the
 * session layer's write with and without a trace, against the page's CPU time per request): a
 * figure that close to its floor, not the noise between two servers.
 */
function timelineTarget(result: BenchResult): Target {
  const target = { what: "request timeline, recording on against off (lesson page /hello)", goal: "costs <= 3% of its req/s" };
  const ratiosOf = (store: string) => {
    const page = rowOf(result.rows, "page", store);
    const control = rowOf(result.rows, "control", store);
    return page && control ? { page, ratios: pairedRatios(page.rpsRounds, control.rpsRounds) } : null;
  };
  const on = ratiosOf("cookie");
  const off = ratiosOf(TIMELINE_OFF);
  if (!on || !off) return { ...target, measured: "not measured", met: null };
  const layer = (operation: string) => result.sessionLayer.find((timing) => timing.store === "cookie" && timing.operation === operation)?.microseconds;
  const [plain, recorded] = [layer("write"), layer("write-recorded")];
  const extra = plain !== undefined && recorded !== undefined ? recorded - plain : null;
  const alone = extra !== null && on.page.cpuMicroseconds ? extra / on.page.cpuMicroseconds : null;
  const cost = 1 - median(on.ratios) / median(off.ratios);
  const onInterval = medianInterval(on.ratios);
  const offInterval = medianInterval(off.ratios);
  const byCpu = on.page.cpuMicroseconds && off.page.cpuMicroseconds ? `; by CPU time per request: ${percent(on.page.cpuMicroseconds / off.page.cpuMicroseconds - 1)}` : "";
  const timedAlone = extra === null || alone === null ? "" : `; the recording timed alone: ${fixed(extra, 1)} us a request, ${percent(alone)} of the page's CPU time`;
  const interval = onInterval && offInterval ? { least: 1 - onInterval.high / offInterval.low, most: 1 - onInterval.low / offInterval.high } : null;
  const measured = `${percent(cost)} (${interval ? `${CONFIDENCE_PERCENT}% interval ${percent(interval.least)} to ${percent(interval.most)}` : "too few rounds to judge"})${byCpu}${timedAlone}`;
  if (interval && interval.most <= 0.03) return { ...target, measured, met: true };
  if (interval && interval.least > 0.03) return { ...target, measured, met: false };
  if (alone !== null) return { ...target, measured, met: alone <= 0.03 };
  return { ...target, measured, met: null, unclear: true };
}

/**
 * Next.js alone (bench/next-alone): a one-line page in an <html><body> layout against a route
 * handler on the same server, round by round. No page of any Next.js app can beat that ratio, so
 * it is the ceiling of the page targets above; beside it, the same page against the Flask peer.
 */
function nextAloneTarget(result: BenchResult): Target {
  const target = { what: "Next.js alone: a one-line page in a bare layout", goal: "the ceiling of the page targets" };
  const page = rowOf(result.rows, "next-page", "cookie");
  const route = rowOf(result.rows, "next-route", "cookie");
  if (!page || !route) return { ...target, measured: "not measured", met: null };
  const ratios = pairedRatios(page.rpsRounds, route.rpsRounds);
  const interval = medianInterval(ratios);
  const flask = rowOf(result.rows, "flask-output", "cookie");
  const againstFlask = flask ? `; ${fixed(median(pairedRatios(page.rpsRounds, flask.rpsRounds)), 2)}x the Flask page` : "";
  const byCpu = page.cpuMicroseconds && route.cpuMicroseconds ? `; by CPU time per request: ${fixed(route.cpuMicroseconds / page.cpuMicroseconds, 2)}x` : "";
  const how = interval ? `${CONFIDENCE_PERCENT}% interval ${fixed(interval.low, 2)} to ${fixed(interval.high, 2)}` : `${ratios.length} rounds: too few to judge`;
  return { ...target, measured: `${fixed(median(ratios), 2)}x its own route handler (${how})${byCpu}${againstFlask}`, met: null };
}

const percent = (fraction: number) => `${fixed(fraction * 100, 1)}%`;

export function targetsTable(result: BenchResult): Table {
  return {
    headers: ["target", "goal", "measured", "met"],
    align: ["left", "left", "left", "left"],
    rows: targets(result).map((target) => [target.what, target.goal, target.measured, target.unclear ? "unclear" : target.met === null ? "n/a" : target.met ? "yes" : "no"]),
  };
}

const pinningOf = ({ serverCores }: BenchResult["settings"]) => (serverCores ? `${pinningText(serverCores)}; ` : "");

const settingsLine = ({ settings, machine }: BenchResult) =>
  `${machine.cores} cores (${machine.cpu}), Node ${machine.node}; ${pinningOf(settings)}autocannon, ${settings.connections} connections, ` +
  `${settings.warmupSeconds} s warm-up discarded, then ${settings.rounds} rounds of ${settings.durationSeconds} s per scenario, one store's server at a time, its scenarios alternating in a balanced order (each first once, and after each other once, per Latin square), each after a full garbage collection and 1 s of itself unmeasured; ` +
  `load average ${machine.loadBefore.map((load) => load.toFixed(2)).join(" ")} before, ${machine.loadAfter.map((load) => load.toFixed(2)).join(" ")} after.`;

const skippedLines = (result: BenchResult) => result.stores.filter((store) => store.skipped).map((store) => `${store.store}: ${store.skipped}`);

/** The terminal report. */
export function textReport(result: BenchResult): string {
  return [
    settingsLine(result),
    ...skippedLines(result),
    "",
    textTable(resultsTable(result.rows)),
    "",
    "Session layer alone (no HTTP):",
    textTable(sessionLayerTable(result)),
    "",
    "Server memory (resident size of next start, and V8's heap in use, after a full garbage collection):",
    textTable(memoryTable(result)),
    "",
    "Targets:",
    textTable(targetsTable(result)),
  ].join("\n");
}

const WHY = `How to read it. "req/s" is the median of the rounds. "x control" divides a row's requests per second by the control's
on the same server in the same round, and "+us/req" is what a request costs beyond the control (1/rps - 1/control
rps; \`next start\` is one process, kept busy); both are the median over the rounds, so a burst of load from elsewhere
slows both sides of a ratio.
The control, the session read and the session write are route handlers, \`GET /api/bench/control\`, \`GET\` and
\`POST /api/bench/session\`, identical but for one \`await getSession()\` (and, for the write, one \`session.save()\` of a
recorded visit); each connection sends the three its own logged-in session's cookie, as a browser sends it to every page,
and the write keeps the cookie each answer sends back. "control + the cookie
read" is \`GET /api/bench/cookie-read\`: the session cookie read through \`cookies()\` as \`getSession()\` reads it,
and never opened, the floor under any session read. "control + one event-loop turn" is \`GET /api/bench/turn\`: the control
waiting for one \`setImmediate\` before it answers, as a read on a store over the network or the disk waits for its
answer. Under load, Next.js answers such a request for less CPU than one that runs straight through, so a read on Redis
or Memcached can come out above 1.00x: their floor is this row, not 1.00. "control + Set-Cookie"
is \`POST /api/bench/set-cookie\`: no session, but a Set-Cookie as large as the Cookie it was sent, through the same
\`cookies()\` a session save uses. It is sent the cookie of a session whose visit history is full, as the write's is
after its first ${HISTORY_LIMIT} requests (about 1.5 kB, twice a new login's), so it measures what Next.js itself spends taking in and
sending back a cookie that size: the floor under the cookie store's write, whose distance from it is the session's own cost. A page cannot be the control: the root layout reads the session (language, theme), and the proxy
records the visit history on every page visit, so every lesson page is a session *write*. The "lesson page" row is
that whole cost, React rendering included; the "add to cart" row posts the shop's add-to-cart form, then the cart's
remove form, as a browser without JavaScript would. Their ratios are mostly the cost of rendering a page, not of the
session. Every connection has a logged-in session of its own and keeps the cookie it is sent back, as a browser does.
The two "Next.js alone" rows are a second app with nothing of ours in it (\`bench/next-alone\`): a route handler
that answers what the control answers, and a one-line page in an \`<html><body>\` layout, run on the same core in the
same rounds; the page's ratio to that route handler is the most the framework itself allows any page.
The login row is dominated by the argon2 password check (about 50 ms of CPU), by design. "spread" is (max - min) / median of the
rounds: read ratios within it as equal. A ratio target is judged on its round-by-round ratios to the control: the
"${CONFIDENCE_PERCENT}% interval" runs from the k-th lowest to the k-th highest round, k growing with the rounds (the 2nd
of 8, the 5th of 16), which holds the true median ${CONFIDENCE_PERCENT} times in 100 at least, whatever the shape of the
noise. The target is met when the whole interval is at or above the goal, not met when it is all below, and "unclear"
when it straddles the goal (or there were fewer than 5 rounds): run it again with more rounds or on a quieter machine.`;

/** bench/results/latest.md, linked from the README and bench/README.md. */
export function markdownReport(result: BenchResult): string {
  const skipped = skippedLines(result);
  return [
    `# Benchmark results`,
    "",
    `Measured ${result.measuredAt} with \`npm run bench\`.${result.machine.note ? ` ${result.machine.note}` : ""}`,
    "",
    settingsLine(result),
    ...(skipped.length > 0 ? ["", ...skipped.map((line) => `- ${line}`)] : []),
    "",
    markdownTable(resultsTable(result.rows)),
    "",
    WHY,
    "",
    "## The session layer alone",
    "",
    "Microseconds per call, in one Node process, no HTTP: `load` a token this process has seen, `load-cold` one it has not (the cookie store unseals it), `open` the whole session layer (load, timeout and binding checks, the Session object), `save` a changed record, `write` what the write probe asks of the session (open it, record a visit, save it), `write-recorded` the same with the request timeline recording it.",
    "",
    markdownTable(sessionLayerTable(result)),
    "",
    "## Server memory",
    "",
    "Resident size of each `next start`, read after a full garbage collection (the servers run with `--expose-gc`; `POST /api/bench/gc`): at idle after start-up, then after each round of load. The leak check is \"three runs, resident size within 10%\": the rounds split into three consecutive runs (16 rounds: 5, 6 and 5), each run's size the median of its rounds, and the three within 10% of each other. \"JS heap\" is V8's heap in use after the same collection: the live JavaScript objects, where a leak in the app's code (a cache without a bound, a growing list) would show as steady growth. Resident size also holds what the allocator keeps after native work (argon2's 19 MiB per password check on the login row, OpenSSL, V8's compiled code), which rises and falls from round to round without being a leak.",
    "",
    markdownTable(memoryTable(result)),
    "",
    "## Targets",
    "",
    markdownTable(targetsTable(result)),
    "",
  ].join("\n");
}
