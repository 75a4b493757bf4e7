import path from "node:path";

import { defineConfig } from "@playwright/test";

import { CHROMIUM_ARGS } from "../lib/workbook/check-settings";

import { baseUrlOf, DATABASE_TOO, e2eServers, EVERY_STORE, ROTATED_BOUND_SERVER, serverStoreProjects, STORE_SERVERS, TEST_SECRET, type E2EServer } from "./servers";

/** The one spec that needs the server with a rotated secret and client binding. */
const ROTATED_BOUND_SPEC = /e2e\/security\/rotation-and-binding\.spec\.ts$/;

const projectDir = path.resolve(import.meta.dirname, "..");

/**
 * E2E_SCOPE=quick (`npm run test:quick`): one smoke test per lesson, in the cookie store only, so
 * only its server starts. Playwright starts every webServer whatever --project says, so the scope
 * decides which servers exist.
 */
const quick = process.env.E2E_SCOPE === "quick";
const SMOKE = /@smoke/;
const serverStores = quick ? [] : serverStoreProjects();
const [cookieServer, databaseServer] = STORE_SERVERS;

/**
 * `next start` for one server. e2e/run.ts has already run each server's start-up task (validate,
 * migrate, seed), all side by side: Playwright starts its web servers one after another.
 * Idle connections are kept for ten minutes, not Node's five seconds: a test's request context
 * that waits that long and then reuses its connection could send just as the server closes it,
 * and get ECONNRESET. A browser retries such a request by itself; Playwright's request API does not.
 */
const webServer = ({ port, env }: E2EServer) => ({
  // exec: Playwright stops the server by its process, so next-server must not sit behind a shell.
  command: `exec node_modules/.bin/next start -p ${port} --keepAliveTimeout 600000`,
  cwd: projectDir,
  url: baseUrlOf(port),
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: { SESSION_SECRET: TEST_SECRET, NEXT_TELEMETRY_DISABLED: "1", ...env },
});

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
      // The workbook's checks launch Chromium with the same flags.
      args: CHROMIUM_ARGS,
    },
  },
  projects: quick
    ? [{ name: cookieServer.store, testIgnore: [/e2e\/(cli|stores)\//, ROTATED_BOUND_SPEC], grep: SMOKE, use: { baseURL: baseUrlOf(cookieServer.port) } }]
    : [
        // Every spec runs once, in the cookie store.
        // Matched against the absolute path: "e2e/" first, or a checkout in a folder named stores/ would match.
        { name: cookieServer.store, testIgnore: [/e2e\/(cli|stores)\//, ROTATED_BOUND_SPEC], use: { baseURL: baseUrlOf(cookieServer.port) } },
        // The tests the store changes, again with sessions in SQLite, then in each server-side store here.
        { name: databaseServer.store, testIgnore: [/e2e\/(cli|stores)\//, ROTATED_BOUND_SPEC], grep: DATABASE_TOO, use: { baseURL: baseUrlOf(databaseServer.port) } },
        ...serverStores.map(({ name, port }) => ({ name, testIgnore: [/e2e\/(cli|stores)\//, ROTATED_BOUND_SPEC], grep: EVERY_STORE, use: { baseURL: baseUrlOf(port) } })),
        // A rotated secret and client binding: a server of its own (e2e/security/rotation-and-binding.spec.ts).
        { name: "rotated-bound", testMatch: ROTATED_BOUND_SPEC, use: { baseURL: baseUrlOf(ROTATED_BOUND_SERVER.port) } },
        // Several app instances sharing one store, and a store that goes away or hangs: servers of their own.
        { name: "stores", testMatch: /e2e\/stores\/.*\.spec\.ts$/ },
        // Specs about the command line (start-up refusal) need no browser and run once.
        { name: "cli", testMatch: /e2e\/cli\/.*\.spec\.ts$/ },
      ],
  webServer: e2eServers(quick).map(webServer),
});
