import { spawnSync } from "node:child_process";

/** Ends the task with a message and no stack trace: the message is the whole story. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Stops start-up with each problem on its own line: what is wrong, and how to fix it. */
export function cannotStart(problems: string[]): never {
  fail(`Sessions by Example cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
}

/** Runs a command, printing its output only if it fails. */
export function runQuietly(what: string, command: string, args: string[], cwd: string) {
  const run = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) {
    fail(`${what} failed:\n${[run.stdout, run.stderr].filter(Boolean).join("\n").trim()}`);
  }
}
