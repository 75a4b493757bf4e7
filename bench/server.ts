// One `next start` per store, started as `npm start` does (lib/tasks/prepare.ts: validate,
// migrate, seed, then next start), on 127.0.0.1 and a port of its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
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
export async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs = 90_000) {
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

/** `serverCores`: the cores it may run on (bench/cores.ts), or null for any. */
export async function startServer(store: string, port: number, storeEnv: Record<string, string>, serverCores: string | null): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SESSION_SECRET: BENCH_SECRET, ...storeEnv };
  const prepare = spawnSync(bin("tsx"), ["lib/tasks/prepare.ts", "production"], { cwd: projectDir, env, encoding: "utf8" });
  if (prepare.status !== 0) throw new Error(`Preparing the ${store} server failed:\n${prepare.stdout}${prepare.stderr}`);
  // --expose-gc lets the leak check collect garbage before it reads the memory (app/api/bench/gc).
  const serverEnv = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --expose-gc`.trim() };
  const command = [bin("next"), "start", "-H", "127.0.0.1", "-p", String(port)];
  // taskset execs the command in its own process, so the pid is the server's (its memory is read from /proc).
  const [file, ...args] = serverCores ? ["taskset", "-c", serverCores, ...command] : command;
  const child = spawn(file!, args, { cwd: projectDir, env: serverEnv, stdio: ["ignore", "ignore", "inherit"] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    await waitUntilAnswering(`${baseUrl}/api/bench/control`, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { store, baseUrl, pid: child.pid!, stop };
}
