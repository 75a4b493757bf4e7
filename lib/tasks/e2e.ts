// `npm run test:e2e`: a production build, then the Playwright suite against `next start`,
// one server per session store (see e2e/playwright.config.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR, E2E_KEY_PREFIX, E2E_MEMCACHED_URL, E2E_REDIS_PREFIX } from "@/e2e/servers";
import { emptyRedisPrefix, findTestPostgres, findTestRedis, freshPostgresDatabase } from "@/lib/testing/store-servers";

import { findChromium, NO_CHROMIUM_HELP } from "./find-chromium";
import { fail, runQuietly } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(projectDir, "node_modules/.bin", name);

const chromiumPath = findChromium();
if (!chromiumPath) fail(NO_CHROMIUM_HELP);

// Each run starts from empty databases, so no test depends on what an earlier run left.
const dataDir = path.join(projectDir, E2E_DATA_DIR);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const portBase = Number(process.env.E2E_PORT_BASE || 3100);
const serverEnv: Record<string, string> = {};

// PostgreSQL: a fresh database of this run's own for the "postgres" project; the server's URL for
// the e2e/stores specs, which make databases of their own.
const postgres = await findTestPostgres();
if (postgres.available) {
  serverEnv.E2E_POSTGRES_URL = await freshPostgresDatabase(postgres.url, `sbe_e2e_${portBase}`);
  serverEnv.E2E_POSTGRES_SERVER_URL = postgres.url;
} else {
  console.log(`PostgreSQL runs ${postgres.skipNote}`);
}

// Redis: this run's key prefix, emptied.
const redis = await findTestRedis();
if (redis.available) {
  await emptyRedisPrefix(redis.url, E2E_REDIS_PREFIX);
  serverEnv.E2E_REDIS_URL = redis.url;
} else {
  console.log(`Redis runs ${redis.skipNote}`);
}

// Memcached: .ci/run starts one and names it in MEMCACHED_URL; without it, the project is left out.
if (!E2E_MEMCACHED_URL) console.log(`Memcached runs are skipped: MEMCACHED_URL is not set (.ci/run starts a Memcached and sets it; keys use the prefix ${E2E_KEY_PREFIX}).`);

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("Building the app for production (next build)…");
  runQuietly("next build", bin("next"), ["build"], projectDir);
}

const run = spawnSync(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts", ...process.argv.slice(2)], {
  cwd: projectDir,
  stdio: "inherit",
  env: { ...process.env, ...serverEnv, CHROMIUM_PATH: chromiumPath, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(run.status ?? 1);
