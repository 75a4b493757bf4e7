// `npm run test:e2e`: a production build, then the Playwright suite against `next start`,
// one server per session store (see e2e/playwright.config.ts). `--quick` runs one smoke test per
// lesson in the cookie store (`npm run test:quick`); `--build-only` builds and stops (`npm test`
// builds beside the unit tests, then runs this with E2E_SKIP_BUILD=1); other arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { findChromium, NO_CHROMIUM_HELP } from "@/lib/tasks/find-chromium";
import { fail, runQuietly } from "@/lib/tasks/process";
import { emptyRedisPrefix, findTestPostgres, findTestRedis, freshPostgresDatabase } from "@/lib/testing/store-servers";

import { prepareDeployment } from "./fixtures/app-instances";
import { E2E_DATA_DIR, E2E_KEY_PREFIX, E2E_MEMCACHED_URL, E2E_REDIS_PREFIX, e2eServers } from "./servers";

const projectDir = path.resolve(import.meta.dirname, "..");
const quick = process.argv.includes("--quick");
const buildOnly = process.argv.includes("--build-only");
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== "--quick" && arg !== "--build-only");
const bin = (name: string) => path.join(projectDir, "node_modules/.bin", name);

function build() {
  console.log("Building the app for production (next build)…");
  runQuietly("next build", bin("next"), ["build"], projectDir);
}

if (buildOnly) {
  build();
  process.exit(0);
}

const chromiumPath = findChromium() ?? fail(NO_CHROMIUM_HELP);

// Each run starts from empty databases, so no test depends on what an earlier run left.
const dataDir = path.join(projectDir, E2E_DATA_DIR);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const portBase = Number(process.env.E2E_PORT_BASE || 3100);

/**
 * The servers of the store projects, for the full run: PostgreSQL (a fresh database of this run's
 * own, and the server's URL for the e2e/stores specs, which make databases of their own), Redis
 * (this run's key prefix, emptied) and Memcached (.ci/run starts one and names it in MEMCACHED_URL).
 * A server that is not there has no project, and this says so.
 */
async function storeServersEnv(): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  const postgres = await findTestPostgres();
  if (postgres.available) {
    env.E2E_POSTGRES_URL = await freshPostgresDatabase(postgres.url, `sbe_e2e_${portBase}`);
    env.E2E_POSTGRES_SERVER_URL = postgres.url;
  } else {
    console.log(`PostgreSQL runs ${postgres.skipNote}`);
  }
  const redis = await findTestRedis();
  if (redis.available) {
    await emptyRedisPrefix(redis.url, E2E_REDIS_PREFIX);
    env.E2E_REDIS_URL = redis.url;
  } else {
    console.log(`Redis runs ${redis.skipNote}`);
  }
  if (!E2E_MEMCACHED_URL) console.log(`Memcached runs are skipped: MEMCACHED_URL is not set (.ci/run starts a Memcached and sets it; keys use the prefix ${E2E_KEY_PREFIX}).`);
  return env;
}

// The quick scope starts the cookie store's server only (e2e/playwright.config.ts).
const serverEnv = quick ? { E2E_SCOPE: "quick" } : await storeServersEnv();

if (process.env.E2E_SKIP_BUILD !== "1") build();

// Each server's start-up task (validate, migrate, seed), all side by side: Playwright starts its
// web servers one after another, and then needs only to run `next start` (e2e/playwright.config.ts).
const servers = e2eServers(quick, { ...process.env, ...serverEnv });
const prepared = await Promise.allSettled(servers.map(({ env }) => prepareDeployment(env)));
const failed = prepared.flatMap((outcome, index) => (outcome.status === "rejected" ? [`The server on port ${servers[index]!.port}: ${(outcome.reason as Error).message}`] : []));
if (failed.length > 0) fail(failed.join("\n\n"));

const run = spawnSync(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts", ...playwrightArgs], {
  cwd: projectDir,
  stdio: "inherit",
  env: { ...process.env, ...serverEnv, CHROMIUM_PATH: chromiumPath, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(run.status ?? 1);
