// The Memcached store when its server goes away and comes back: /api/health says 503 at once
// (no hanging request), and 200 again as soon as Memcached is back, without restarting the app.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { baseUrlOf, E2E_DATA_DIR, PORT_BASE, TEST_SECRET } from "../servers";

const projectDir = path.resolve(import.meta.dirname, "../..");
const MEMCACHED_PORT = PORT_BASE + 93;
const APP_PORT = PORT_BASE + 94;
const memcachedBinary = spawnSync("sh", ["-c", "command -v memcached"], { encoding: "utf8" }).stdout.trim();

/** A foreground Memcached of the spec's own, so stopping it is killing one process. */
function startMemcached(): ChildProcess {
  return spawn(memcachedBinary, ["-u", "nobody", "-l", "127.0.0.1", "-p", String(MEMCACHED_PORT)], { stdio: "ignore" });
}

async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGKILL") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

test.describe.configure({ timeout: 150_000 });

test("with Memcached down, /api/health answers 503 at once, and 200 again when it is back", async ({ request }) => {
  test.skip(!memcachedBinary, "no memcached program here to start and stop (apt-get install memcached)");
  let memcached: ChildProcess | undefined = startMemcached();
  // A group of its own (detached), so the shell, tsx and next-server all stop together.
  const app = spawn("sh", ["-c", `node_modules/.bin/tsx lib/tasks/prepare.ts production && exec node_modules/.bin/next start -p ${APP_PORT}`], {
    cwd: projectDir,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      SESSION_STORE: "memcached",
      MEMCACHED_URL: `127.0.0.1:${MEMCACHED_PORT}`,
      SESSION_SECRET: TEST_SECRET,
      DATABASE_URL: `file:./${E2E_DATA_DIR}/outage.db`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const health = () => request.get(`${baseUrlOf(APP_PORT)}/api/health`, { timeout: 10_000 });
  try {
    await expect.poll(async () => (await health().catch(() => null))?.status(), { timeout: 90_000, intervals: [500] }).toBe(200);

    await stop(memcached);
    memcached = undefined;
    const started = Date.now();
    const down = await health();
    expect(down.status()).toBe(503);
    expect(await down.json()).toMatchObject({ store: "memcached", ok: false, problem: "The memcached session store cannot be reached right now." });
    expect(Date.now() - started).toBeLessThan(3000);

    memcached = startMemcached();
    await expect.poll(async () => (await health()).status(), { timeout: 10_000, intervals: [250] }).toBe(200);
  } finally {
    if (app.pid) {
      try {
        process.kill(-app.pid, "SIGKILL");
      } catch {
        // ESRCH: already gone.
      }
    }
    await stop(memcached);
  }
});
