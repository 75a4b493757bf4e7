// `npm run test:e2e`: a production build, then the Playwright suite against `next start`,
// one server per session store (see e2e/playwright.config.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR, E2E_MEMCACHED_URL, STORE_SERVERS } from "@/e2e/servers";

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

// Said out loud, never skipped in silence: which stores this run covers.
console.log(`Session stores under test: ${STORE_SERVERS.map(({ store }) => store).join(", ")}.`);
if (!E2E_MEMCACHED_URL) console.log("The memcached project is skipped: MEMCACHED_URL is not set (.ci/run starts a Memcached and sets it).");

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("Building the app for production (next build)…");
  runQuietly("next build", bin("next"), ["build"], projectDir);
}

const run = spawnSync(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts", ...process.argv.slice(2)], {
  cwd: projectDir,
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromiumPath, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(run.status ?? 1);
