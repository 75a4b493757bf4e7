// `npm run bench`: builds once, then for each available store starts one `next start` and drives it
// with autocannon (a warm-up discarded, then rounds in which its scenarios alternate, in a
// balanced order, so the machine's noise hits all alike), times the session layer alone, and writes bench/results/.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { BenchResult, BenchRow, MemoryReport, SessionLayerTiming } from "@/lib/bench/result-schema";
import { runQuietly } from "@/lib/tasks/process";
import { emptyRedisPrefix, findTestMemcached, findTestPostgres, findTestRedis, freshPostgresDatabase } from "@/lib/testing/store-servers";

import { drive, type Measurement } from "./drive";
import { pinLoadToFirstCore, pinningText } from "./cores";
import { startFlaskPeer, type FlaskPeer } from "./flask-peer";
import { startNextAlone, type NextAlone } from "./next-alone";
import { collectGarbage, settledMemory, type SettledMemory } from "./memory";
import { parseBenchOptions } from "./options";
import { balancedOrder } from "./order";
import { markdownReport, textReport } from "./report";
import { DEFAULT_CHOICE, scenariosFor, type Scenario } from "./scenarios";
import { BENCH_BUILD_ENV, projectDir, startServer, type RunningServer } from "./server";
import { median, memoryGrowth, pairedByRound, spreadPercent } from "./stats";
import { BENCH_STORES, type StoreContext } from "./stores";

const options = parseBenchOptions(process.argv.slice(2));
/** The unmeasured run before each measured one. */
const SETTLE_SECONDS = 1;
const bin = (name: string) => path.join(projectDir, "node_modules/.bin", name);
const log = (line: string) => console.log(`[bench] ${line}`);
const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

// The build and every server and timing started below inherit it.
Object.assign(process.env, BENCH_BUILD_ENV);

if (!options.skipBuild) {
  log("building (next build)…");
  runQuietly("next build", bin("next"), ["build"], projectDir);
}

// Read after the build: what the machine was doing when the measuring began.
const loadBefore = loadAverage();
log(`load average ${loadBefore.join(" ")} on ${os.cpus().length} cores`);

// Fresh data for every run: the bench's SQLite files and session folder, its own PostgreSQL
// database, and its own key prefix on Redis (emptied) and Memcached (which cannot list keys; its
// old ones expire, and session ids are random, so none is ever read again).
const dataDir = path.join(projectDir, "bench/.data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const context = (store: string): StoreContext => ({
  sqliteUrl: `file:./bench/.data/${store}.db`,
  keyPrefix: `sbe-bench-${options.portBase}:`,
  fileDir: `bench/.data/${store}-sessions`,
});
const skipped = new Map<string, string>();
const shared: Partial<StoreContext> = {};

const postgres = await findTestPostgres();
if (postgres.available) {
  shared.postgresUrl = await freshPostgresDatabase(postgres.url, `sbe_bench_${options.portBase}`);
} else skipped.set("postgres", postgres.skipNote);
const redis = await findTestRedis();
if (redis.available) {
  await emptyRedisPrefix(redis.url, context("").keyPrefix);
  shared.redisUrl = redis.url;
} else skipped.set("redis", redis.skipNote);
const memcached = await findTestMemcached();
if (memcached.available) shared.memcachedUrl = memcached.url;
else skipped.set("memcached", memcached.skipNote);

const serverCores = pinLoadToFirstCore();
log(serverCores ? pinningText(serverCores) : "load and servers share every core (one core, or no taskset)");

const chosen = BENCH_STORES.filter((store) => options.stores.length === 0 || options.stores.includes(store.id));
const servers: RunningServer[] = [];
let flask: FlaskPeer | undefined;
let nextAlone: NextAlone | undefined;
const stopAll = () => {
  servers.forEach((server) => server.stop());
  flask?.stop();
  nextAlone?.stop();
};
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

const envOf = new Map<string, Record<string, string>>();
const scenarios: Scenario[] = [];
const idleMb = new Map<string, number>();
const rounds = new Map<Scenario, Measurement[]>();
const afterRounds = new Map<string, SettledMemory[]>();
const label = (scenario: Scenario) => `${scenario.kind}/${scenario.store}`;

// One store at a time, its server alone on its cores from warm-up to last round, then stopped.
// Interleaving the servers left each idle for minutes between its turns, and its first scenario
// back ran slow even after a second unmeasured: with six servers the control ran at 330 req/s
// where a server measured alone gave it 500, and every row after it looked cheaper than it was
// (a Set-Cookie on top of the control at 1.12x the control, the cookie write at 1.03x where a
// store measured alone gives 0.71x).
for (const [index, store] of chosen.entries()) {
  if (store.needs && skipped.has(store.needs)) {
    log(`${store.id}: ${skipped.get(store.needs)}`);
    continue;
  }
  const env = store.env({ ...context(store.id), ...shared });
  envOf.set(store.id, env);
  log(`${store.id}: starting next start on port ${options.portBase + 1 + index}`);
  const server = await startServer(store.id, options.portBase + 1 + index, env, serverCores);
  servers.push(server);
  // The Flask peer and Next.js alone run beside the server whose rounds include them (scenarios.ts), on the same core.
  if (store.id === DEFAULT_CHOICE.onceStore) {
    const started = await startFlaskPeer(options.portBase + 99, serverCores);
    if (started.available) flask = started.peer;
    else skipped.set("flask", started.note);
    log(`flask peer: ${started.available ? `gunicorn on ${started.peer.baseUrl}` : started.note}`);
    nextAlone = await startNextAlone(options.portBase + 98, serverCores);
    log(`Next.js alone: next start on ${nextAlone.baseUrl}`);
  }
  const own = await scenariosFor(server, options.connections, DEFAULT_CHOICE, { flask, nextAlone });
  idleMb.set(store.id, (await settledMemory(server.baseUrl, server.pid)).residentMb);
  const measured = await measureStore(server, own);
  scenarios.push(...own);
  for (const [scenario, measurements] of measured.rounds) rounds.set(scenario, measurements);
  afterRounds.set(store.id, measured.afterRounds);
  server.stop();
  flask?.stop();
  nextAlone?.stop();
}

/** One store's scenarios on its server: a warm-up, then the rounds, with a memory reading after each round. */
async function measureStore(server: RunningServer, own: Scenario[]): Promise<{ rounds: Map<Scenario, Measurement[]>; afterRounds: SettledMemory[] }> {
  const measuredRounds = new Map<Scenario, Measurement[]>(own.map((scenario) => [scenario, []]));
  const after: SettledMemory[] = [];
  log(`${server.store}: warm-up, ${own.length} scenarios x ${options.warmupSeconds} s (discarded)`);
  for (const scenario of own) await drive(scenario, options.warmupSeconds, options.connections);
  for (let round = 1; round <= options.rounds; round++) {
    log(`${server.store}: round ${round} of ${options.rounds} (load average ${loadAverage().join(" ")})`);
    // A different order every round, balanced so that no scenario always runs first (after the
    // memory reading) or always after the same other one (bench/order.ts).
    for (const scenario of balancedOrder(own.length, round).map((index) => own[index]!)) {
      // Each scenario starts on a collected heap, so the garbage one leaves (a page render's, a
      // login's) is not collected on the next one's clock, and after a second of itself, unmeasured.
      await collectGarbage(scenario.baseUrl);
      await drive(scenario, SETTLE_SECONDS, options.connections);
      const measured = await drive(scenario, options.durationSeconds, options.connections);
      measuredRounds.get(scenario)!.push(measured);
      log(`  ${label(scenario).padEnd(22)} ${measured.rps.toFixed(0).padStart(6)} req/s ${measured.cpuMicroseconds.toFixed(0).padStart(6)} us CPU/req${measured.errors > 0 ? `, ${measured.errors} errors` : ""}`);
    }
    after.push(await settledMemory(server.baseUrl, server.pid));
  }
  return { rounds: measuredRounds, afterRounds: after };
}

const controlRounds = new Map<string, number[]>();
const rows: BenchRow[] = scenarios.map((scenario) => {
  const measured = rounds.get(scenario)!;
  const rpsRounds = measured.map((one) => one.rps);
  return {
    scenario: scenario.kind,
    store: scenario.store,
    rps: median(rpsRounds),
    rpsRounds,
    spreadPercent: spreadPercent(rpsRounds),
    p50Ms: median(measured.map((one) => one.p50Ms)),
    p99Ms: median(measured.map((one) => one.p99Ms)),
    ratio: NaN,
    extraMicroseconds: NaN,
    errors: measured.reduce((sum, one) => sum + one.errors, 0),
    cpuMicroseconds: median(measured.map((one) => one.cpuMicroseconds)),
  };
});
for (const row of rows) if (row.scenario === "control") controlRounds.set(row.store, row.rpsRounds);
for (const row of rows) Object.assign(row, pairedByRound(row.rpsRounds, controlRounds.get(row.store) ?? []));

log("session layer alone…");
const sessionLayer: SessionLayerTiming[] = [];
for (const [store, env] of envOf) {
  const run = spawnSync(bin("tsx"), ["--conditions=react-server", "bench/session-layer.ts", store], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", SESSION_SECRET: "bench-only-secret-0123456789abcdef0123456789", ...env },
  });
  if (run.status !== 0) throw new Error(`The session-layer timing of ${store} failed:\n${run.stderr}`);
  sessionLayer.push(...(JSON.parse(run.stdout.trim().split("\n").at(-1)!) as SessionLayerTiming[]));
}

const memory: MemoryReport[] = servers.map((server) => {
  const after = afterRounds.get(server.store)!;
  const afterRoundsMb = after.map((memory) => memory.residentMb);
  return { store: server.store, idleMb: idleMb.get(server.store)!, afterRoundsMb, heapAfterRoundsMb: after.map((memory) => memory.heapMb), ...memoryGrowth(afterRoundsMb) };
});

const result: BenchResult = {
  version: 1,
  measuredAt: new Date().toISOString(),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model.trim() ?? "unknown", node: process.versions.node, loadBefore, loadAfter: loadAverage(), note: options.note },
  settings: { connections: options.connections, warmupSeconds: options.warmupSeconds, durationSeconds: options.durationSeconds, rounds: options.rounds, serverCores },
  stores: [
    ...chosen.map((store) => ({ store: store.id, skipped: store.needs ? skipped.get(store.needs) : undefined })),
    ...(skipped.has("flask") ? [{ store: "flask", skipped: skipped.get("flask") }] : []),
  ],
  rows,
  sessionLayer,
  memory,
};

console.log(`\n${textReport(result)}`);
const resultsDir = path.join(projectDir, "bench/results");
mkdirSync(resultsDir, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
writeFileSync(path.join(resultsDir, "latest.json"), json);
writeFileSync(path.join(resultsDir, "latest.md"), markdownReport(result));
// Only the latest run is kept: git holds the earlier ones.
log("wrote bench/results/latest.json and latest.md");
