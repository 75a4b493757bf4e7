// `npm run workbook:check -- N`: tries exercise N's requirements in a browser against the
// learner's own files, and prints which pass and which fail, in plain words. It starts what it
// needs on ports of its own, reads the learner's folder and never writes to it; the result goes to
// .workbook/last-check.json (git-ignored) for /workbook to show.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { STATE_DIR, writeCheckResult } from "@/lib/workbook/check-results";
import { CHECK_ENV, checkServer } from "@/lib/workbook/check-settings";
import { EXERCISES, exerciseDir, exercisesNamed, type Exercise } from "@/lib/workbook/exercises";
import { folderFingerprint } from "@/lib/workbook/folders";
import { requirementLines, requirementsReportSchema, type RequirementsReport } from "@/lib/workbook/requirements-report";

import { findChromium, NO_CHROMIUM_HELP } from "./find-chromium";
import { fail } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const USAGE = `Usage: npm run workbook:check -- <exercise number, 1 to ${EXERCISES.length}> (or "all")`;

const named = exercisesNamed(process.argv.slice(2).find((arg) => !arg.startsWith("-")), USAGE);
if ("problem" in named) fail(named.problem);
const exercises = named.exercises;
const chromiumPath = findChromium() ?? fail(NO_CHROMIUM_HELP);
const portBase = Number(process.env.E2E_PORT_BASE || 3100);
const port = Number(process.env[CHECK_ENV.port] || portBase + 10);
const needsApp = exercises.some((exercise) => exercise.tryHref);

// The files as they are now: the result belongs to this version of them.
const fingerprints = new Map(exercises.map((exercise) => [exercise.number, folderFingerprint(path.join(projectDir, exerciseDir(exercise)))]));

mkdirSync(path.join(projectDir, STATE_DIR), { recursive: true });
const reportFile = path.join(projectDir, STATE_DIR, `report-${process.pid}.json`);
const specFile = (exercise: Exercise) => `workbook/checks/${exercise.folder}.check.ts`;

console.log(`Checking ${exercises.map(({ number }) => `exercise ${number}`).join(", ")}.`);
if (needsApp && checkServer() === "development") {
  console.log(`Starting a development server (next dev, port ${port}); the first compile takes a few minutes, so each page's first visit is slow.`);
} else if (needsApp) {
  console.log(`Starting the production build in .next-workbook/ (next start, port ${port}).`);
}

/**
 * Playwright's own output goes straight to the terminal (the reporter prints each requirement as it
 * ends); what it says on stderr is kept, to show if no report comes out at all.
 */
function runChecks(): Promise<string> {
  const child = spawn(path.join(projectDir, "node_modules/.bin/playwright"), ["test", "--config", "workbook/checks/playwright.config.ts", ...exercises.map(specFile)], {
    cwd: projectDir,
    stdio: ["ignore", "inherit", "pipe"],
    env: {
      ...process.env,
      CHROMIUM_PATH: chromiumPath,
      NEXT_TELEMETRY_DISABLED: "1",
      [CHECK_ENV.port]: String(port),
      [CHECK_ENV.needsApp]: needsApp ? "1" : "0",
      [CHECK_ENV.reportFile]: reportFile,
    },
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve) => child.on("close", () => resolve(errors)));
}

/** The reporter's file, or undefined when the run ended before it was written (or wrote nonsense). */
function readReport(): RequirementsReport | undefined {
  try {
    const parsed = requirementsReportSchema.safeParse(JSON.parse(readFileSync(reportFile, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(reportFile, { force: true });
  }
}

const errorOutput = await runChecks();
const report = readReport() ?? fail(`The check could not run:\n${errorOutput.trim().split("\n").slice(-20).join("\n")}`);

let allPassed = report.errors.length === 0;
for (const exercise of exercises) {
  const requirements = report.requirements.filter(({ file }) => file === path.basename(specFile(exercise)));
  const passed = requirements.filter((requirement) => requirement.passed).length;
  console.log(`\nExercise ${exercise.number} (${exerciseDir(exercise)}/)`);
  for (const requirement of requirements) console.log(requirementLines(requirement, "  "));
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
