// Next.js alone (bench/next-alone/): an app with a root layout of <html><body>, a one-line page
// and a route handler, nothing of ours. Run beside the cookie store's server, on the same core, it
// shows how fast the framework itself lets a page be against a route handler: the ceiling of any
// lesson page's ratio to the control.
import { spawn } from "node:child_process";
import path from "node:path";

import { runQuietly } from "@/lib/tasks/process";

import { projectDir, waitUntilAnswering } from "./server";

const appDir = path.join(projectDir, "bench/next-alone");
const next = path.join(projectDir, "node_modules/.bin/next");

export interface NextAlone {
  baseUrl: string;
  pid: number;
  stop: () => void;
}

/** Builds it (a few seconds: two files) and starts it on `port`, on `cores` as the app's servers are. */
export async function startNextAlone(port: number, cores: string | null): Promise<NextAlone> {
  runQuietly("next build (Next.js alone)", next, ["build", appDir], projectDir);
  const command = [next, "start", appDir, "-H", "127.0.0.1", "-p", String(port)];
  const [file, ...args] = cores ? ["taskset", "-c", cores, ...command] : command;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn(file!, args, { cwd: projectDir, env, stdio: ["ignore", "ignore", "inherit"] });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${baseUrl}/route`, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
