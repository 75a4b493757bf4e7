import path from "node:path";

import { defineConfig } from "@playwright/test";

import { baseUrlOf, E2E_DATA_DIR, ROTATED_BOUND_SERVER, ROTATED_SECRET, STORE_SERVERS, TEST_SECRET } from "./servers";

/** The one spec that needs the server with a rotated secret and client binding. */
const ROTATED_BOUND_SPEC = /security\/rotation-and-binding\.spec\.ts/;

const projectDir = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  testDir: ".",
  outputDir: path.join(projectDir, "test-results", String(process.env.E2E_PORT_BASE || 3100)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: path.join(projectDir, "playwright-report") }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Without these, Chromium keeps trying to reach Google's hosts, which this machine cannot.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Every lesson spec runs once per store: the same behaviour is promised by each.
    ...STORE_SERVERS.map(({ store, port }) => ({
      name: store,
      testIgnore: [/cli\/.*/, ROTATED_BOUND_SPEC],
      use: { baseURL: baseUrlOf(port) },
    })),
    { name: "rotated-bound", testMatch: ROTATED_BOUND_SPEC, use: { baseURL: baseUrlOf(ROTATED_BOUND_SERVER.port) } },
    // Specs about the command line (start-up refusal) need no browser and run once.
    { name: "cli", testMatch: /cli\/.*\.spec\.ts/ },
  ],
  webServer: [
    ...STORE_SERVERS.map(({ store, port }) => server(port, { SESSION_STORE: store, SESSION_SECRET: TEST_SECRET, DATABASE_URL: `file:./${E2E_DATA_DIR}/${store}.db` })),
    server(ROTATED_BOUND_SERVER.port, {
      SESSION_STORE: "cookie",
      SESSION_SECRET: `${ROTATED_SECRET},${TEST_SECRET}`,
      SESSION_BIND: "ua",
      DATABASE_URL: `file:./${E2E_DATA_DIR}/rotated-bound.db`,
    }),
  ],
});

/** One `next start` of the build, with its own settings and database. */
function server(port: number, env: Record<string, string>) {
  return {
    // exec: Playwright stops the server by its process, so next-server must not sit behind a shell.
    command: `node_modules/.bin/tsx lib/tasks/prepare.ts production && exec node_modules/.bin/next start -p ${port}`,
    cwd: projectDir,
    url: baseUrlOf(port),
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  };
}
