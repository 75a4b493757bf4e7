// Next.js alone (bench/next-alone/): an app with a root layout of <html><body>, a one-line page
// and a route handler, nothing of ours. Run beside the cookie store's server, on the same core, it
// shows how fast the framework itself lets a page be against a route handler: the ceiling of any
// lesson page's ratio to the control.
import path from "node:path";

import { runQuietly } from "@/lib/tasks/process";

import { projectDir, startAnswering } from "./server";

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
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const { pid, stop } = await startAnswering([next, "start", appDir, "-H", "127.0.0.1", "-p", String(port)], cores, env, `${baseUrl}/route`, 30_000);
  return { baseUrl, pid, stop };
}
