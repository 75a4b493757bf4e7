// `npm run workbook:reset -- N [--yes]` (or `all`): puts exercise N's starter files back. When the
// learner's folder differs from the starter it lists what would be lost and asks first; --yes skips that.
import path from "node:path";
import { createInterface } from "node:readline/promises";

import { writeCheckResult } from "@/lib/workbook/check-results";
import { EXERCISES, exerciseDir, exercisesNamed, starterDir, type Exercise } from "@/lib/workbook/exercises";
import { changedFiles, replaceFolder } from "@/lib/workbook/folders";

import { fail } from "./process";

const projectDir = path.resolve(import.meta.dirname, "../..");
const USAGE = `Usage: npm run workbook:reset -- <exercise number, 1 to ${EXERCISES.length}, or "all"> [--yes]`;
const args = process.argv.slice(2);
const yes = args.includes("--yes") || args.includes("-y");

const target = (exercise: Exercise) => path.join(projectDir, exerciseDir(exercise));
const starter = (exercise: Exercise) => path.join(projectDir, starterDir(exercise));

const named = exercisesNamed(args.find((arg) => !arg.startsWith("-")), USAGE);
if ("problem" in named) fail(named.problem);
const selected = named.exercises;
const changes = selected.map((exercise) => ({ exercise, files: changedFiles(target(exercise), starter(exercise)) }));
const toReset = changes.filter(({ files }) => files.length > 0);

const untouched = changes.filter(({ files }) => files.length === 0).map(({ exercise }) => exercise);
const [only] = untouched;
if (only && untouched.length === 1) console.log(`Exercise ${only.number} already matches its starter (${exerciseDir(only)}/): nothing to do.`);
else if (untouched.length > 1) console.log(`Exercises ${untouched.map(({ number }) => number).join(", ")} already match their starters: nothing to do.`);
if (toReset.length === 0) process.exit(0);

if (!yes) {
  console.log("These files differ from the starter and would be replaced (or removed):");
  for (const { exercise, files } of toReset) {
    for (const file of files) console.log(`  ${exerciseDir(exercise)}/${file}`);
  }
  if (!process.stdin.isTTY) fail("Not asking without a terminal: run it again with --yes to replace them.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Replace them with the starter? Your changes will be lost. [y/N] ");
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    console.log("Nothing changed.");
    process.exit(0);
  }
}

for (const { exercise } of toReset) {
  replaceFolder(target(exercise), starter(exercise));
  // The last check was about files that are gone.
  writeCheckResult(projectDir, exercise.number, null);
  console.log(`Exercise ${exercise.number} is back to its starter (${exerciseDir(exercise)}/).`);
}
