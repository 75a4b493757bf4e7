// `npm run workbook:check -- N`: tries exercise N's requirements in a browser against the
// learner's own files, and prints which pass and which fail, in plain words. It starts what it
// needs on ports of its own, reads the learner's folder and never writes to it; the result goes to
// .workbook/last-check.json (git-ignored) for /workbook to show.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { CHECK_ENV } from "@/workbook/checks/settings";
import type { RequirementsReport } from "@/workbook/checks/requirements-reporter";
import { STATE_DIR, writeCheckResult } from "@/lib/workbook/check-results";
import { EXERCISES, exerciseDir, exercisesNamed, type Exercise } from "@/lib/workbook/exercises";
import { folderFingerprint } from "@/lib/workbook/folders";

import { findChromium, NO_CHROMIUM_HELP } from "./find-chromium";
import { fail } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const USAGE = `Usage: npm run workbook:check -- <exercise number, 1 to ${EXERCISES.length}> (or "all")`;

const named = exercisesNamed(process.argv.slice(2).find((arg) => !arg.startsWith("-")), USAGE);
if ("problem" in named) fail(named.problem);
const exercises = named.exercises;
const chromiumPath = findChromium() ?? fail(NO_CHROMIUM_HELP);
const portBase = Number(process.env.E2E_PORT_BASE || 3100);
const port = Number(process.env.WORKBOOK_PORT || portBase + 10);

// The files as they are now: the result belongs to this version of them.
const fingerprints = new Map(exercises.map((exercise) => [exercise.number, folderFingerprint(path.join(projectDir, exerciseDir(exercise)))]));

mkdirSync(path.join(projectDir, STATE_DIR), { recursive: true });
const reportFile = path.join(projectDir, STATE_DIR, `report-${process.pid}.json`);
const specFile = (exercise: Exercise) => `workbook/checks/${exercise.folder}.check.ts`;

console.log(`Checking ${exercises.map(({ number }) => `exercise ${number}`).join(", ")}: starting what it needs and trying each requirement in a browser…`);
const run = spawnSync(path.join(projectDir, "node_modules/.bin/playwright"), ["test", "--config", "workbook/checks/playwright.config.ts", ...exercises.map(specFile)], {
  cwd: projectDir,
  encoding: "utf8",
  env: {
    ...process.env,
    CHROMIUM_PATH: chromiumPath,
    NEXT_TELEMETRY_DISABLED: "1",
    [CHECK_ENV.port]: String(port),
    [CHECK_ENV.needsApp]: exercises.some((exercise) => exercise.tryHref) ? "1" : "0",
    [CHECK_ENV.reportFile]: reportFile,
  },
});

if (!existsSync(reportFile)) {
  fail(`The check could not run:\n${[run.stdout, run.stderr].filter(Boolean).join("\n").trim().split("\n").slice(-20).join("\n")}`);
}
const report = JSON.parse(readFileSync(reportFile, "utf8")) as RequirementsReport;
rmSync(reportFile, { force: true });

let allPassed = report.errors.length === 0;
for (const exercise of exercises) {
  const requirements = report.requirements.filter(({ file }) => file === path.basename(specFile(exercise)));
  const passed = requirements.filter((requirement) => requirement.passed).length;
  console.log(`\nExercise ${exercise.number} (${exerciseDir(exercise)}/)`);
  for (const requirement of requirements) {
    console.log(`  ${requirement.passed ? "✓ PASS" : "✗ FAIL"}  ${requirement.title}`);
    if (requirement.reason) console.log(`          ${requirement.reason}`);
  }
  if (requirements.length === 0) console.log("  No requirement could be tried (see the problem below).");
  else console.log(`  ${passed} of ${requirements.length} requirements pass.`);
  if (passed !== requirements.length || requirements.length === 0) allPassed = false;
  if (requirements.length > 0) {
    writeCheckResult(projectDir, exercise.number, {
      checkedAt: new Date().toISOString(),
      fingerprint: fingerprints.get(exercise.number) ?? "",
      requirements: requirements.map(({ title, passed: ok, reason }) => ({ title, passed: ok, reason })),
    });
  }
}

if (report.errors.length > 0) {
  console.log(`\nThe check itself ran into a problem:\n${report.errors.map((error) => `  ${error.split("\n").slice(0, 6).join("\n  ")}`).join("\n")}`);
}
console.log(
  allPassed
    ? "\nEverything passes. Well done."
    : "\nFix what fails and run the check again. If every requirement fails, open the exercise's page with `npm run dev`: an error in your code shows there.",
);
process.exit(allPassed ? 0 : 1);
