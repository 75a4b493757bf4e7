// `npm run test:workbook` (part of `npm test`): proves every exercise's check honest in both
// directions. It copies the project twice into .workbook/copies/, one with the untouched starters
// and one with the reference solutions in workbook/exercises/, runs `workbook:check all` in each
// (side by side, on ports of their own), and expects every exercise to FAIL on the starter and
// PASS on the solution. The learner's own folder is never touched.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

import { readCheckResults } from "@/lib/workbook/check-results";
import { CHECK_ENV } from "@/lib/workbook/check-settings";
import { EXERCISES, exerciseDir, solutionDir, starterDir, type Exercise } from "@/lib/workbook/exercises";
import { replaceFolder } from "@/lib/workbook/folders";

const projectDir = path.resolve(import.meta.dirname, "../..");
const copiesDir = path.join(projectDir, ".workbook/copies");
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
   * How long a check waits for a text or a button. The solution's pass as soon as the page is
   * there, so a long wait costs nothing and keeps a busy machine (two dev servers at once) from
   * failing them; the starter's fail only after the whole wait, so theirs stays the default.
   */
  expectTimeoutMs?: number;
}

const VARIANTS: Variant[] = [
  { name: "starter", sourceOf: starterDir, port: portBase + 20, expect: "fail" },
  { name: "solution", sourceOf: solutionDir, port: portBase + 30, expect: "pass", expectTimeoutMs: 45_000 },
];

function makeCopy(variant: Variant): string {
  const dir = path.join(copiesDir, variant.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const keep = (source: string) => !SKIPPED.test(path.relative(projectDir, source));
  // Entry by entry: a folder cannot be copied into a folder inside itself in one go.
  for (const entry of readdirSync(projectDir)) {
    const source = path.join(projectDir, entry);
    if (keep(source)) cpSync(source, path.join(dir, entry), { recursive: true, filter: keep });
  }
  for (const linked of LINKED) symlinkSync(path.relative(path.dirname(path.join(dir, linked)), path.join(projectDir, linked)), path.join(dir, linked));
  for (const exercise of EXERCISES) replaceFolder(path.join(dir, exerciseDir(exercise)), path.join(projectDir, variant.sourceOf(exercise)));
  return dir;
}

function runCheck(variant: Variant, dir: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(path.join(dir, "node_modules/.bin/tsx"), ["lib/tasks/workbook-check.ts", "all"], {
      cwd: dir,
      env: {
        ...process.env,
        WORKBOOK_PORT: String(variant.port),
        ...(variant.expectTimeoutMs && { [CHECK_ENV.expectTimeout]: String(variant.expectTimeoutMs) }),
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", () => resolve(output));
  });
}

/** Requirements that found no server at all: `next dev` stopped, which says nothing about the exercise. */
const SERVER_GONE = /ERR_CONNECTION_REFUSED/;
const lostServerIn = (dir: string) => Object.values(readCheckResults(dir)).some((result) => result.requirements.some((requirement) => SERVER_GONE.test(requirement.reason ?? "")));

/**
 * One check run, and a second if `next dev` stopped under it. On this 2-core machine, with two
 * development servers compiling at once, Turbopack has panicked mid-run ("[Server HMR] Update
 * failed … Panic in async function") and the server was gone for every later requirement. A
 * starter whose server is gone would "fail" for the wrong reason, so both variants get the retry,
 * and a second loss is a problem of its own.
 */
async function checkWithOneRetry(variant: Variant, dir: string): Promise<string> {
  const output = await runCheck(variant, dir);
  if (!lostServerIn(dir)) return output;
  console.log(`  (${variant.name}: the development server stopped during the check; running it once more)`);
  return `${output}\n--- again, after the development server stopped ---\n${await runCheck(variant, dir)}`;
}

console.log("Workbook self-test: every check must fail on the untouched starter and pass on the reference solution.");
const started = Date.now();
const copies = VARIANTS.map((variant) => ({ variant, dir: makeCopy(variant) }));
const outputs = await Promise.all(copies.map(({ variant, dir }) => checkWithOneRetry(variant, dir)));

const problems: string[] = copies.filter(({ dir }) => lostServerIn(dir)).map(({ variant }) => `the ${variant.name}'s development server stopped during its check, twice (its log: .workbook/copies/${variant.name}/.next-workbook/dev/logs/)`);
for (const exercise of EXERCISES) {
  const line = copies.map(({ variant, dir }) => {
    const result = readCheckResults(dir)[exercise.number];
    const total = result?.requirements.length ?? 0;
    const passed = result?.requirements.filter((requirement) => requirement.passed).length ?? 0;
    const outcome = !result || total === 0 ? "did not run" : passed === total ? "pass" : "fail";
    const ok = (variant.expect === "pass" && outcome === "pass") || (variant.expect === "fail" && outcome === "fail");
    if (!ok) problems.push(`exercise ${exercise.number} should ${variant.expect} on the ${variant.name}, but ${outcome === "did not run" ? "its check did not run" : `it ${outcome}s (${passed} of ${total})`}`);
    return `${variant.name}: ${passed} of ${total} pass ${ok ? "✓" : "✗"}`;
  });
  console.log(`  Exercise ${exercise.number}  ${line.join("   ")}`);
}

if (problems.length > 0) {
  copies.forEach(({ variant }, index) => console.log(`\n--- workbook:check all on the ${variant.name} ---\n${outputs[index]?.trim()}`));
  console.error(`\nWorkbook self-test failed:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
rmSync(copiesDir, { recursive: true, force: true });
console.log(`Workbook self-test passed in ${Math.round((Date.now() - started) / 1000)} s.`);
