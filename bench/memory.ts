// Resident memory of a server, read from /proc (Linux): the process and any children it started.
import { existsSync, readFileSync } from "node:fs";

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  return ids ? ids.split(/\s+/).map(Number) : [];
}

/** `pid` and every process below it, as far as /proc can still see them. */
export function processTree(pid: number): number[] {
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    found.push(next);
    try {
      pending.push(...childrenOf(next));
    } catch {
      // A child that ended while being read.
    }
  }
  return found;
}

/** Megabytes resident for the process tree rooted at `pid`; NaN where /proc is not there. */
export function residentMb(pid: number): number {
  if (!existsSync(`/proc/${pid}/status`)) return NaN;
  let kb = 0;
  for (const one of processTree(pid)) {
    try {
      kb += rssKb(one);
    } catch {
      // A child that ended while being read.
    }
  }
  return kb / 1024;
}

/** A server's memory after a full garbage collection: resident size and V8's heap in use. */
export interface SettledMemory {
  residentMb: number;
  heapMb: number;
}

/**
 * Resident size after a full garbage collection in the server (app/api/bench/gc), so that the
 * leak check compares live memory, not how far V8 let its heap grow. NaN when it cannot collect.
 */
export async function settledMemory(baseUrl: string, pid: number): Promise<SettledMemory> {
  let heapUsedBytes = NaN;
  for (let pass = 0; pass < 2; pass++) {
    heapUsedBytes = await collectGarbage(baseUrl);
    if (Number.isNaN(heapUsedBytes)) return { residentMb: NaN, heapMb: NaN };
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { residentMb: residentMb(pid), heapMb: heapUsedBytes / 2 ** 20 };
}

/** A full garbage collection in the server; V8's heap in use after it, in bytes (NaN when it cannot). */
export async function collectGarbage(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/bench/gc`, { method: "POST", headers: { origin: baseUrl } });
  if (response.status !== 200) return NaN;
  return ((await response.json()) as { heapUsedBytes: number }).heapUsedBytes;
}
