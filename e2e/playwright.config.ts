import path from "node:path";

import { defineConfig } from "@playwright/test";

import { baseUrlOf, E2E_DATA_DIR, E2E_FILE_SESSIONS_DIR, E2E_KEY_PREFIX, E2E_MEMCACHED_URL, FULL_SUITE_STORES, STORE_SENSITIVE_SPECS, STORE_SERVERS, TEST_SECRET } from "./servers";

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
      testIgnore: /cli\/.*/,
      ...(FULL_SUITE_STORES.includes(store) ? {} : { testMatch: STORE_SENSITIVE_SPECS }),
      use: { baseURL: baseUrlOf(port) },
    })),
    // Specs about the command line (start-up refusal) need no browser and run once.
    { name: "cli", testMatch: /cli\/.*\.spec\.ts/ },
  ],
  webServer: STORE_SERVERS.map(({ store, port }) => ({
    // exec: Playwright stops the server by its process, so next-server must not sit behind a shell.
    command: `node_modules/.bin/tsx lib/tasks/prepare.ts production && exec node_modules/.bin/next start -p ${port}`,
    cwd: projectDir,
    url: baseUrlOf(port),
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      SESSION_STORE: store,
      SESSION_SECRET: TEST_SECRET,
      DATABASE_URL: `file:./${E2E_DATA_DIR}/${store}.db`,
      SESSION_FILE_DIR: E2E_FILE_SESSIONS_DIR,
      SESSION_KEY_PREFIX: E2E_KEY_PREFIX,
      ...(E2E_MEMCACHED_URL ? { MEMCACHED_URL: E2E_MEMCACHED_URL } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
