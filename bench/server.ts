// One `next start` per store, started as `npm start` does (lib/tasks/prepare.ts: validate,
// migrate, seed, then next start), on 127.0.0.1 and a port of its own.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";

export const projectDir = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(projectDir, "node_modules/.bin", name);

/**
 * The bench's own build: its probe routes (app/api/bench/<probe>/route.bench.ts) included, into a build
 * folder of its own, so a later `npm start` never serves them by accident.
 */
export const BENCH_BUILD_ENV = { BENCH_BUILD: "1", NEXT_DIST_DIR: ".next-bench" };

/** A secret for the bench's servers only. */
const BENCH_SECRET = "bench-only-secret-0123456789abcdef0123456789";

export interface RunningServer {
  store: string;
  baseUrl: string;
  pid: number;
  stop: () => void;
}

/** Waits until `url` answers 200, or throws when `child` exits or `timeoutMs` passes. */
async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server for ${url} exited with ${child.exitCode}.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

/**
 * Starts `command` on `cores` (bench/cores.ts), or on any core for null. taskset execs the command
 * in its own process, so the pid is the server's (its memory and CPU are read from /proc).
 */
export function spawnOnCores(command: string[], cores: string | null, options: SpawnOptions = {}): { child: ChildProcess; stop: () => void } {
  const [file, ...args] = cores ? ["taskset", "-c", cores, ...command] : command;
  const child = spawn(file!, args, { cwd: projectDir, stdio: ["ignore", "ignore", "inherit"], ...options });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  return { child, stop };
}

/** Starts a server with spawnOnCores and resolves once `readyUrl` answers 200; stops it if it never does. */
export async function startAnswering(command: string[], cores: string | null, env: NodeJS.ProcessEnv, readyUrl: string, timeoutMs = 90_000) {
  const { child, stop } = spawnOnCores(command, cores, { env });
  try {
    await waitUntilAnswering(readyUrl, child, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { pid: child.pid!, stop };
}

/** `serverCores`: the cores it may run on (bench/cores.ts), or null for any. */
export async function startServer(store: string, port: number, storeEnv: Record<string, string>, serverCores: string | null): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SESSION_SECRET: BENCH_SECRET, ...storeEnv };
  const prepare = spawnSync(bin("tsx"), ["lib/tasks/prepare.ts", "production"], { cwd: projectDir, env, encoding: "utf8" });
  if (prepare.status !== 0) throw new Error(`Preparing the ${store} server failed:\n${prepare.stdout}${prepare.stderr}`);
  // --expose-gc lets the leak check collect garbage before it reads the memory (app/api/bench/gc).
  const serverEnv = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --expose-gc`.trim() };
  const baseUrl = `http://127.0.0.1:${port}`;
  const command = [bin("next"), "start", "-H", "127.0.0.1", "-p", String(port)];
  const { pid, stop } = await startAnswering(command, serverCores, serverEnv, `${baseUrl}/api/bench/control`);
  return { store, baseUrl, pid, stop };
}
