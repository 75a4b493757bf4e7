// `npm start` refuses bad settings before Next.js starts: one clear message, no stack trace.
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

import { SESSION_STORES } from "../../lib/config/schema";
import { E2E_DATA_DIR, PORT_BASE } from "../servers";

const projectDir = path.resolve(import.meta.dirname, "../..");

/** A port no e2e server uses: if the refusal ever failed, a server here would not clash with them. */
const PORT = String(PORT_BASE + 99);
/** Nothing listens here: a Memcached that is down. */
const DEAD_PORT = PORT_BASE + 98;
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
      DATABASE_URL: `file:./${E2E_DATA_DIR}/cli.db`,
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
  expect(run.output).toContain(`Use one of: ${SESSION_STORES.join(", ")}.`);
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

test("a misspelled SESSION_STORE gets the nearest store's name", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, SESSION_STORE: "memcache" });
  expectRefused(run);
  expect(run.output).toContain('SESSION_STORE="memcache" is not a session store. Did you mean "memcached"?');
});

test("a Memcached that does not answer stops npm start, and its password is not shown", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, SESSION_STORE: "memcached", MEMCACHED_URL: `app:hunter2@127.0.0.1:${DEAD_PORT}` });
  expectRefused(run);
  expect(run.output).toContain(`MEMCACHED_URL=app:***@127.0.0.1:${DEAD_PORT}: no Memcached answers there (connection refused).`);
  expect(run.output).toContain(`memcached -d -u nobody -l 127.0.0.1 -p ${DEAD_PORT}`);
  expect(run.output).not.toContain("hunter2");
});

test("a session folder that cannot be created stops npm start", () => {
  const run = npmStart({ SESSION_SECRET: VALID_SECRET, SESSION_STORE: "file", SESSION_FILE_DIR: "package.json" });
  expectRefused(run);
  expect(run.output).toContain("SESSION_FILE_DIR=package.json: sessions cannot be written");
});

test.describe("a database that is not migrated and cannot be", () => {
  const dataDir = path.join(projectDir, E2E_DATA_DIR);
  test.beforeAll(() => mkdirSync(dataDir, { recursive: true }));

  test("tables made some other way (no migration history) stop npm start with the commands that fix it", () => {
    const foreign = new Database(path.join(dataDir, "foreign.db"));
    foreign.exec("CREATE TABLE IF NOT EXISTS User (id INTEGER PRIMARY KEY)");
    foreign.close();
    const run = npmStart({ SESSION_SECRET: VALID_SECRET, DATABASE_URL: `file:./${E2E_DATA_DIR}/foreign.db` });
    expectRefused(run);
    expect(run.output).toContain(`DATABASE_URL=file:./${E2E_DATA_DIR}/foreign.db points at a database that already has tables these migrations did not create`);
    expect(run.output).toContain("npx prisma migrate deploy");
    expect(run.output).not.toContain("P3005\n");
  });

  test("a file that is not a database stops npm start, without Prisma's backtrace", () => {
    writeFileSync(path.join(dataDir, "notes.db"), "not a database\n");
    const run = npmStart({ SESSION_SECRET: VALID_SECRET, DATABASE_URL: `file:./${E2E_DATA_DIR}/notes.db` });
    expectRefused(run);
    expect(run.output).toContain("points at a file that is not a SQLite database");
    expect(run.output).not.toContain("External error");
  });

  test("a folder that does not exist stops npm start", () => {
    const run = npmStart({ SESSION_SECRET: VALID_SECRET, DATABASE_URL: "file:./no-such-folder/app.db" });
    expectRefused(run);
    expect(run.output).toContain("DATABASE_URL=file:./no-such-folder/app.db: the folder no-such-folder does not exist");
  });
});
