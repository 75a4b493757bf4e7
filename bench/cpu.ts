// CPU time a server spends, read from /proc (Linux): the process and any children it started
// (gunicorn's worker is its master's child). Requests per second say how fast a page comes back on
// a shared machine; CPU time per request says what it costs, whatever else the machine is doing.
import { existsSync, readFileSync } from "node:fs";

import { processTree } from "./memory";

/** Clock ticks per second of /proc's utime and stime: 100 on every Linux the bench runs on. */
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
  return Number(fields[11]) + Number(fields[12]);
}

/** Microseconds of CPU the process tree rooted at `pid` has used so far; NaN where /proc is not there. */
export function cpuMicroseconds(pid: number): number {
  if (!existsSync(`/proc/${pid}/stat`)) return NaN;
  let ticks = 0;
  for (const one of processTree(pid)) {
    try {
      ticks += cpuTicks(one);
    } catch {
      // A child that ended while being read.
    }
  }
  return (ticks * 1e6) / TICKS_PER_SECOND;
}
