// `npm start` refuses bad settings before Next.js starts: one clear message, no stack trace.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from "node:child_process";
import path from "node:path";

import { expect, test } from "@playwright/test";

const projectDir = path.resolve(import.meta.dirname, "../..");

/** A port no e2e server uses: if the refusal ever failed, a server here would not clash with them. */
const PORT = "3199";
const VALID_SECRET = "cli-spec-secret-0123456789abcdef0123456789";
const START_TIMEOUT_MS = 60_000;

/** Runs `npm start` as a person would, with these settings on top of the current environment. */
function npmStart(overrides: Record<string, string>) {
  // `detached` puts npm in a process group of its own. The timeout kills only npm itself, so
  // a server it started by mistake (tsx, then next-server) is stopped below through the group.
  // Node honours `detached` in spawnSync too, though @types/node leaves it out of these options.
  const options: SpawnSyncOptionsWithStringEncoding & { detached: boolean } = {
    cwd: projectDir,
    encoding: "utf8",
    timeout: START_TIMEOUT_MS,
    killSignal: "SIGKILL",
    detached: true,
    env: {
      ...process.env,
      // Keep the run off dev.db and away from whatever the developer's shell sets.
      DATABASE_URL: "file:./e2e/.data/cli.db",
      SESSION_STORE: "cookie",
      NEXT_TELEMETRY_DISABLED: "1",
      ...overrides,
    },
  };
  const run = spawnSync("npm", ["start", "--", "-p", PORT], options);
  if (run.pid) {
    try {
      process.kill(-run.pid, "SIGKILL");
    } catch {
      // ESRCH: the group is gone, as it should be after a refusal.
    }
  }
  return { ...run, output: `${run.stdout ?? ""}\n${run.stderr ?? ""}` };
}

/** It stopped by itself (no timeout, no signal), with a failing status. */
function expectRefused(run: ReturnType<typeof npmStart>) {
  expect(run.error, `npm start should stop by itself; output:\n${run.output}`).toBeUndefined();
  expect(run.signal).toBeNull();
  expect(run.status).not.toBeNull();
  expect(run.status).not.toBe(0);
  expect(run.output).toContain("Sessions by Example cannot start:");
  expect(run.output).not.toContain("    at ");
}

test.describe.configure({ timeout: START_TIMEOUT_MS + 30_000 });

test("an empty SESSION_SECRET stops npm start and says how to make one", () => {
  // Empty counts as unset, and a variable in the environment wins over .env.local.
  const run = npmStart({ SESSION_SECRET: "" });
  expectRefused(run);
  expect(run.output).toContain("SESSION_SECRET is not set");
  expect(run.output).toContain("openssl rand -base64 32");
});

test("a short SESSION_SECRET stops npm start", () => {
  const run = npmStart({ SESSION_SECRET: "short" });
  expectRefused(run);
  expect(run.output).toContain("SESSION_SECRET is too short (5 characters; at least 32 are needed)");
  expect(run.output).toContain("openssl rand -base64 32");
});

test("an unknown SESSION_STORE stops npm start and names the stores there are", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, SESSION_STORE: "redsi" });
  expectRefused(run);
  expect(run.output).toContain('SESSION_STORE="redsi" is not a session store');
  expect(run.output).toContain("Use one of: cookie, database");
  // The secret was fine, so it is not blamed.
  expect(run.output).not.toContain("SESSION_SECRET");
});

// Nothing listens on port 1 of this machine: a server that is down, as far as npm start can tell.
test("an unreachable PostgreSQL in DATABASE_URL stops npm start with the URL, without its password", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, DATABASE_URL: "postgres://app:s3cret-pw@127.0.0.1:1/sessions" });
  expectRefused(run);
  expect(run.output).toContain("DATABASE_URL: cannot reach PostgreSQL at postgres://app:***@127.0.0.1:1/sessions");
  expect(run.output).toContain("Start PostgreSQL there, or point DATABASE_URL at a running server");
  expect(run.output).not.toContain("s3cret-pw");
});

test("an unreachable Redis for SESSION_STORE=redis stops npm start with the URL, without its password", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, SESSION_STORE: "redis", REDIS_URL: "redis://:s3cret-pw@127.0.0.1:1" });
  expectRefused(run);
  expect(run.output).toContain("REDIS_URL: cannot reach Redis at redis://:***@127.0.0.1:1 for SESSION_STORE=redis");
  expect(run.output).toContain("Start Redis there (redis-server), or point REDIS_URL at a running server");
  expect(run.output).not.toContain("s3cret-pw");
});
