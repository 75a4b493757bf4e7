// `npm run workbook:reset -- N [--yes]`: puts exercise N's starter files back. When the learner's
// folder differs from the starter it lists what would be lost and asks first; --yes skips that.
import path from "node:path";
import { createInterface } from "node:readline/promises";

import { writeCheckResult } from "@/lib/workbook/check-results";
import { EXERCISES, exerciseDir, starterDir } from "@/lib/workbook/exercises";
import { changedFiles, replaceFolder } from "@/lib/workbook/folders";

import { fail } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const yes = args.includes("--yes") || args.includes("-y");
const number = args.find((arg) => !arg.startsWith("-"));
const exercise = EXERCISES.find((candidate) => String(candidate.number) === number);
if (!exercise) fail(`${number ? `There is no exercise "${number}".\n` : ""}Usage: npm run workbook:reset -- <exercise number, 1 to ${EXERCISES.length}> [--yes]`);

const target = path.join(projectDir, exerciseDir(exercise));
const starter = path.join(projectDir, starterDir(exercise));
const changed = changedFiles(target, starter);

if (changed.length === 0) {
  console.log(`Exercise ${exercise.number} already matches its starter (${exerciseDir(exercise)}/): nothing to do.`);
  process.exit(0);
}

if (!yes) {
  console.log(`These files in ${exerciseDir(exercise)}/ differ from the starter and would be replaced (or removed):`);
  for (const file of changed) console.log(`  ${file}`);
  if (!process.stdin.isTTY) fail("Not asking without a terminal: run it again with --yes to replace them.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Replace them with the starter? Your changes will be lost. [y/N] ");
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    console.log("Nothing changed.");
    process.exit(0);
  }
}

replaceFolder(target, starter);
// The last check was about files that are gone.
writeCheckResult(projectDir, exercise.number, null);
console.log(`Exercise ${exercise.number} is back to its starter (${exerciseDir(exercise)}/).`);
