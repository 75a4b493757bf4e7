// A Redis, Memcached or PostgreSQL server of a test's own, on a port of its own, that the test may
// hang (SIGSTOP) and resume (SIGCONT) without touching the servers other tests share. Used by the
// store contract suite and the e2e hung-server spec.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { probeMemcached, probePostgres, probeRedis } from "@/lib/tasks/server-probes";

export type PrivateServerKind = "redis" | "memcached" | "postgres";

export interface PrivateServer {
  /** How a client names it: a redis:// or postgres:// URL, or Memcached's "host:port". */
  url: string;
  /** Stops every process of the server (SIGSTOP) and waits until each has: connections stay open, nothing answers. */
  hang(): Promise<void>;
  /** SIGCONT: it answers again, including what was sent while it hung. */
  resume(): void;
  stop(): Promise<void>;
}

const POSTGRES_BIN = "/usr/lib/postgresql/15/bin";
const PROGRAMS: Record<PrivateServerKind, string> = { redis: "redis-server", memcached: "memcached", postgres: path.join(POSTGRES_BIN, "postgres") };

const hasProgram = (program: string) => spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;

/** Null when this machine can start the server, else the reason a test skips (CI installs all three). */
export function cannotStart(kind: PrivateServerKind): string | null {
  return hasProgram(PROGRAMS[kind]) ? null : `skipped: no ${PROGRAMS[kind]} on this machine to start and hang (apt-get install ${kind === "redis" ? "redis-server" : kind === "postgres" ? "postgresql" : "memcached"})`;
}

/** A port nothing listens on right now, picked by the system. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process and all its descendants, from /proc: PostgreSQL runs one process per connection, each in a session of its own. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The fields after the command name: state, then the parent's pid.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

const signalTree = (root: number, signal: NodeJS.Signals) =>
  processTree(root).forEach((pid) => {
    try {
      process.kill(pid, signal);
    } catch {
      // gone meanwhile
    }
  });

/**
 * True once every thread of every process in the tree is stopped. kill() only queues the signal:
 * threads stop one after another as each is scheduled, and on a busy machine one could still
 * answer a request sent in between.
 */
function allStopped(root: number): boolean {
  return processTree(root).every((pid) => {
    try {
      return readdirSync(`/proc/${pid}/task`).every((thread) => {
        const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, "utf8");
        return stat[stat.lastIndexOf(")") + 2] === "T";
      });
    } catch {
      return true; // gone meanwhile
    }
  });
}

async function until(what: string, ready: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return;
    await pause(100);
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s.`);
}

/** Runs as the postgres user when this process is root: PostgreSQL refuses to run as root. */
const asPostgres = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];

/** Starts the server in the foreground, as a child of this process, and resolves once it answers. */
export async function startPrivateServer(kind: PrivateServerKind): Promise<PrivateServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), `sbe-${kind}-`));
  let command: [string, string[]];
  let url: string;
  if (kind === "redis") {
    command = ["redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir]];
    url = `redis://127.0.0.1:${port}`;
  } else if (kind === "memcached") {
    command = ["memcached", ["-u", "nobody", "-l", "127.0.0.1", "-p", String(port)]];
    url = `127.0.0.1:${port}`;
  } else {
    if (process.getuid?.() === 0) {
      const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout);
      chownSync(dir, uid, uid);
    }
    const data = path.join(dir, "data");
    const initdb = spawnSync(...asPostgres(path.join(POSTGRES_BIN, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8"]), { encoding: "utf8" });
    if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
    command = asPostgres(PROGRAMS.postgres, ["-D", data, "-c", "listen_addresses=127.0.0.1", "-p", String(port), "-k", dir, "-c", "fsync=off"]);
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }
  const child: ChildProcess = spawn(command[0], command[1], { stdio: "ignore" });
  const root = child.pid!;
  const killTree = () => {
    signalTree(root, "SIGCONT");
    signalTree(root, "SIGKILL");
  };
  // Dies with the test process, even one torn down mid-test.
  process.once("exit", killTree);
  const probe = { redis: probeRedis, memcached: probeMemcached, postgres: probePostgres }[kind];
  await until(`${kind} on port ${port}`, async () => (await probe(url)) === null);

  return {
    url,
    async hang() {
      signalTree(root, "SIGSTOP");
      for (let attempt = 0; attempt < 200 && !allStopped(root); attempt++) await pause(10);
      if (!allStopped(root)) throw new Error(`${kind} (pid ${root}) did not stop within 2 s of SIGSTOP`);
    },
    resume() {
      signalTree(root, "SIGCONT");
    },
    async stop() {
      process.off("exit", killTree);
      const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
      killTree();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
