// The workbook's checks: one spec per exercise, each test named after a requirement. Run by
// `npm run workbook:check -- N` (lib/tasks/workbook-check.ts), which prints the results in plain words.
import { randomBytes } from "node:crypto";
import path from "node:path";

import { defineConfig } from "@playwright/test";

import { CHECK_ENV, CHROMIUM_ARGS, checkPort, checkServer } from "../../lib/workbook/check-settings";

const projectDir = path.resolve(import.meta.dirname, "../..");
const port = checkPort();
const baseURL = `http://localhost:${port}`;
const waitMs = Number(process.env[CHECK_ENV.expectTimeout] || 15_000);
const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * `next dev` for a learner: it starts in seconds and compiles only the pages the checks open, and
 * a half-finished file fails one page, not the whole check. `next start` of a build made
 * beforehand for the self-test, which checks finished files and gains minutes from it.
 */
const serverCommand = {
  development: `${bin("tsx")} lib/tasks/prepare.ts development && exec ${bin("next")} dev -p ${port}`,
  production: `${bin("tsx")} lib/tasks/prepare.ts production && exec ${bin("next")} start -p ${port}`,
}[checkServer()];

export default defineConfig({
  testDir: ".",
  testMatch: /\.check\.ts$/,
  outputDir: path.join(projectDir, ".workbook/test-results"),
  workers: Number(process.env[CHECK_ENV.workers] || 2),
  retries: 0,
  reporter: [[path.join(import.meta.dirname, "requirements-reporter.ts")]],
  // The development server compiles a page on its first visit: slower than a production build.
  timeout: 240_000,
  expect: { timeout: waitMs },
  use: {
    baseURL,
    // A button that is not there fails its requirement as soon as a missing text would, not at the test's timeout.
    actionTimeout: waitMs,
    // A page compiled by `next dev` on a busy machine: minutes, at worst.
    navigationTimeout: 120_000,
    locale: "en-US",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  globalSetup: path.join(import.meta.dirname, "warm-up.ts"),
  // Its own build folder and database, and settings from the environment (which win over
  // .env.local), so the learner's `npm run dev` and .env.local are left alone.
  webServer:
    process.env[CHECK_ENV.needsApp] === "1"
      ? {
          command: serverCommand,
          cwd: projectDir,
          url: `${baseURL}/workbook`,
          // Generous: on a loaded 2-core machine, starting and compiling the first page took minutes.
          timeout: 600_000,
          reuseExistingServer: false,
          stdout: "ignore",
          stderr: "pipe",
          env: {
            NEXT_DIST_DIR: ".next-workbook",
            NEXT_TELEMETRY_DISABLED: "1",
            SESSION_SECRET: randomBytes(32).toString("base64"),
            SESSION_STORE: "cookie",
            SESSION_COOKIE_NAME: "session",
            DATABASE_URL: "file:./.workbook/check.db",
          },
        }
      : undefined,
});
