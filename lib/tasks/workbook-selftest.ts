// `npm run test:workbook` (part of `npm test`): proves every exercise's check honest in both
// directions. It copies the project once into .workbook/copy/ with the untouched starters in
// workbook/exercises/, builds it and runs `workbook:check all` against its production server;
// then puts the reference solutions in their place, builds again and checks again. Every exercise
// must FAIL on the starter and PASS on the solution. The learner's own folder is never touched.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

import { readCheckResults, RESULTS_FILE, type CheckResult } from "@/lib/workbook/check-results";
import { CHECK_ENV } from "@/lib/workbook/check-settings";
import { EXERCISES, exerciseDir, solutionDir, starterDir, type Exercise } from "@/lib/workbook/exercises";
import { replaceFolder } from "@/lib/workbook/folders";

const projectDir = path.resolve(import.meta.dirname, "../..");
const copyDir = path.join(projectDir, ".workbook/copy");
const portBase = Number(process.env.E2E_PORT_BASE || 3100);

// Not copied: installed or generated things (linked instead), builds, databases, local secrets,
// test output, and the lockfile, so Next.js takes this project as the root and finds node_modules.
const SKIPPED = /^(node_modules|lib\/generated|\.git|\.next.*|\.workbook|e2e\/\.data|test-results|playwright-report|screenshots|package-lock\.json)$|\.db(-journal|-wal|-shm)?$|^\.env.*\.local$/;
const LINKED = ["node_modules", "lib/generated"];

interface Variant {
  name: "starter" | "solution";
  sourceOf: (exercise: Exercise) => string;
  port: number;
  /** What every exercise's check must do on this variant. */
  expect: "fail" | "pass";
  /**
   * How long a check waits for a text or a button. The solution's requirements pass as soon as the
   * page is there, so a long wait costs nothing and keeps a busy machine from failing them. The
   * starter's fail only after the whole wait, so theirs is short: a production server answers in
   * well under a second, so a check that would pass on the starter passes long before 5 s.
   */
  expectTimeoutMs: number;
  /** Browsers at once: the starter's requirements spend their time waiting, not working. */
  workers: number;
}

// The starter first: its build is the full one, and the solution's reuses its cache.
const VARIANTS: Variant[] = [
  { name: "starter", sourceOf: starterDir, port: portBase + 20, expect: "fail", expectTimeoutMs: 5_000, workers: 4 },
  { name: "solution", sourceOf: solutionDir, port: portBase + 30, expect: "pass", expectTimeoutMs: 45_000, workers: 2 },
];

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

function makeCopy(): void {
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir, { recursive: true });
  const keep = (source: string) => !SKIPPED.test(path.relative(projectDir, source));
  // Entry by entry: a folder cannot be copied into a folder inside itself in one go.
  for (const entry of readdirSync(projectDir)) {
    const source = path.join(projectDir, entry);
    if (keep(source)) cpSync(source, path.join(copyDir, entry), { recursive: true, filter: keep });
  }
  for (const linked of LINKED) symlinkSync(path.relative(path.dirname(path.join(copyDir, linked)), path.join(projectDir, linked)), path.join(copyDir, linked));
}

/** Runs a command in the copy; resolves with its exit code and everything it printed. */
function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(copyDir, "node_modules/.bin", command), args, { cwd: copyDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * `next build` into .next-workbook/, where the check's `next start` looks, of the pages the checks
 * open and nothing else (--debug-build-paths: the lessons are not the workbook's business). In the
 * same folder each time, so the solution's build reuses the starter's from Turbopack's cache and
 * compiles only what differs. Its TypeScript pass is skipped: the copy holds the very starters and
 * solutions `npm run typecheck` checks in this project (`npm test` runs it first).
 */
const build = () => run("next", ["build", "--debug-build-paths", "app/try/**,app/workbook/**"], { NEXT_DIST_DIR: ".next-workbook", SKIP_BUILD_TYPE_CHECK: "1" });

const check = (variant: Variant) =>
  run("tsx", ["lib/tasks/workbook-check.ts", "all"], {
    [CHECK_ENV.port]: String(variant.port),
    [CHECK_ENV.server]: "production",
    [CHECK_ENV.expectTimeout]: String(variant.expectTimeoutMs),
    [CHECK_ENV.workers]: String(variant.workers),
  });

/** Requirements that found no server at all: the app stopped, which says nothing about the exercise. */
const SERVER_GONE = /ERR_CONNECTION_REFUSED/;
const lostServer = (results: Record<string, CheckResult>) => Object.values(results).some((result) => result.requirements.some((requirement) => SERVER_GONE.test(requirement.reason ?? "")));

/** One side: its exercise files in place, a build, and the check against it; the check's results. */
async function checkVariant(variant: Variant): Promise<{ results: Record<string, CheckResult>; output: string } | { problem: string }> {
  for (const exercise of EXERCISES) replaceFolder(path.join(copyDir, exerciseDir(exercise)), path.join(projectDir, variant.sourceOf(exercise)));
  const buildStarted = Date.now();
  const built = await build();
  if (built.code !== 0) return { problem: `the copy with the ${variant.name}s did not build:\n${built.output.trim()}` };
  const buildTime = seconds(buildStarted);
  const checkStarted = Date.now();
  // The other side's results must not stand in for an exercise whose check did not run.
  rmSync(path.join(copyDir, RESULTS_FILE), { force: true });
  const { output } = await check(variant);
  console.log(`  The ${variant.name}s: built in ${buildTime}, checked in ${seconds(checkStarted)}.`);
  return { results: readCheckResults(copyDir), output };
}

console.log("Workbook self-test: every check must fail on the untouched starter and pass on the reference solution.");
const started = Date.now();
makeCopy();

const problems: string[] = [];
const outputs: string[] = [];
for (const variant of VARIANTS) {
  const outcome = await checkVariant(variant);
  if ("problem" in outcome) {
    problems.push(outcome.problem);
    continue;
  }
  outputs.push(`--- workbook:check all on the ${variant.name}s ---\n${outcome.output.trim()}`);
  // A starter whose server is gone would "fail" for the wrong reason: that is a problem, not a pass.
  if (lostServer(outcome.results)) problems.push(`the server stopped during the ${variant.name}s' check, so its results say nothing about the exercises`);
  for (const exercise of EXERCISES) {
    const result = outcome.results[exercise.number];
    const total = result?.requirements.length ?? 0;
    const passed = result?.requirements.filter((requirement) => requirement.passed).length ?? 0;
    const shown = !result || total === 0 ? "did not run" : passed === total ? "pass" : "fail";
    const ok = shown === variant.expect;
    if (!ok) problems.push(`exercise ${exercise.number} should ${variant.expect} on the ${variant.name}, but ${shown === "did not run" ? "its check did not run" : `it ${shown}s (${passed} of ${total})`}`);
    console.log(`    Exercise ${exercise.number}: ${passed} of ${total} requirements pass ${ok ? "✓" : "✗"}`);
  }
}

if (problems.length > 0) {
  console.log(`\n${outputs.join("\n\n")}`);
  console.error(`\nWorkbook self-test failed after ${seconds(started)}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
rmSync(copyDir, { recursive: true, force: true });
console.log(`Workbook self-test passed in ${seconds(started)}.`);
