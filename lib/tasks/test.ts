// `npm test` (everything) and `npm run test:quick` (the loop while working): each stage in turn,
// stopping at the first that fails, then how long each one took. The type check and the linter
// are single-threaded, so they share the two cores. The unit tests spend part of their time
// waiting on servers (timeouts, a hung server), so the browser tests' build runs beside them.
import { spawn } from "node:child_process";

interface Stage {
  name: string;
  /** An npm script, with its arguments. */
  script: string[];
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  ms: number;
  passed: boolean;
}

const quick = process.argv.includes("--quick");

/** Stages in one inner list run side by side. */
const PLAN: Stage[][] = [
  [
    { name: "type check", script: ["typecheck"] },
    { name: "lint", script: ["lint"] },
  ],
  [
    { name: "unit tests", script: ["test:unit"] },
    { name: "app build", script: ["test:e2e", "--", "--build-only"] },
  ],
  [{ name: quick ? "browser smoke tests" : "browser tests", script: quick ? ["test:e2e", "--", "--quick"] : ["test:e2e"], env: { E2E_SKIP_BUILD: "1" } }],
  ...(quick ? [] : [[{ name: "workbook self-test", script: ["test:workbook"] }]]),
];

/**
 * Runs one stage. Alone, its output streams as it comes; beside another, it is held back and
 * printed whole when the stage ends, so the two never interleave.
 */
function run(stage: Stage, alone: boolean): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", ...stage.script], {
      stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
      // The type check has passed by the time a stage builds the app: next build need not repeat it.
      env: { ...process.env, SKIP_BUILD_TYPE_CHECK: "1", ...stage.env },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      if (!alone) console.log(`── ${stage.name} ──\n${output.trim() || "(no output)"}`);
      resolve({ name: stage.name, ms: Date.now() - started, passed: code === 0 });
    });
  });
}

const clock = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

const started = Date.now();
const outcomes: Outcome[] = [];
for (const group of PLAN) {
  if (group.length === 1) console.log(`\n── ${group[0]!.name} ──`);
  outcomes.push(...(await Promise.all(group.map((stage) => run(stage, group.length === 1)))));
  if (outcomes.some((outcome) => !outcome.passed)) break;
}

const failed = outcomes.filter((outcome) => !outcome.passed);
const width = Math.max(...PLAN.flat().map((stage) => stage.name.length));
console.log(`\n${quick ? "npm run test:quick" : "npm test"}: how long each stage took`);
for (const { name, ms, passed } of outcomes) console.log(`  ${name.padEnd(width)}  ${clock(ms).padStart(5)}  ${passed ? "passed" : "FAILED"}`);
for (const stage of PLAN.flat().filter((stage) => !outcomes.some((outcome) => outcome.name === stage.name))) console.log(`  ${stage.name.padEnd(width)}      -  not run`);
console.log(`  ${"total".padEnd(width)}  ${clock(Date.now() - started).padStart(5)}  ${failed.length ? `FAILED (${failed.map(({ name }) => name).join(", ")})` : "passed"}`);
process.exit(failed.length ? 1 : 0);
