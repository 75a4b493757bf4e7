// The Flask peer (bench/flask_peer.py): the page /hello/output teaches, served the way a Flask
// learner deploys it, to compare our lesson page with on the same core. Needs Debian's
// python3-flask and gunicorn; without them the bench says so and goes on.
import { spawnSync } from "node:child_process";

import { sessionCookieFrom } from "./forms";
import { spawnOnCores } from "./server";

/** Debian's interpreter: a `python3` earlier on PATH may be another one, without Flask. */
const PYTHON = "/usr/bin/python3";

export interface FlaskPeer {
  baseUrl: string;
  /** gunicorn's master; its worker is its child, and the CPU and memory readings follow children. */
  pid: number;
  /** A session cookie whose name is set, as after the tutorial's login form. */
  cookie: string;
  stop: () => void;
}

export type FlaskPeerStart = { available: true; peer: FlaskPeer } | { available: false; note: string };

async function signIn(baseUrl: string): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}/login`, { method: "POST", body: new URLSearchParams({ name: "Alice" }), redirect: "manual" });
  await response.arrayBuffer();
  return sessionCookieFrom(response.headers.getSetCookie());
}

/** Starts the peer on `port` (on `cores`, as the app's servers are), logged in; or says why not. */
export async function startFlaskPeer(port: number, cores: string | null): Promise<FlaskPeerStart> {
  const installed = spawnSync(PYTHON, ["-c", "import flask, gunicorn"], { stdio: "ignore" });
  if (installed.status !== 0) return { available: false, note: `skipped: no Flask peer (${PYTHON} lacks flask or gunicorn: apt-get install python3-flask gunicorn)` };
  // One sync worker: one process on one core, as next start is one process.
  const command = [PYTHON, "-m", "gunicorn", "--workers", "1", "--bind", `127.0.0.1:${port}`, "--chdir", "bench", "--log-level", "warning", "flask_peer:app"];
  const { child, stop } = spawnOnCores(command, cores);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const cookie = await signIn(baseUrl);
      if (cookie) return { available: true, peer: { baseUrl, pid: child.pid!, cookie, stop } };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  return { available: false, note: `skipped: the Flask peer did not answer on ${baseUrl}` };
}
