// What /workbook says about each exercise, from what the server can know: whether the learner's
// folder still equals the starter, and what the last check said about these exact files.
import path from "node:path";

import { readCheckResults } from "./check-results";
import { EXERCISES, exerciseDir, starterDir, type Exercise } from "./exercises";
import { changedFiles, folderFingerprint } from "./folders";

export type ExerciseStatus =
  | { kind: "untouched" }
  /** Edited, and not checked since the last edit. */
  | { kind: "edited" }
  | { kind: "failing"; passed: number; total: number }
  | { kind: "passed"; total: number };

export function exerciseStatus(projectDir: string, exercise: Exercise, results = readCheckResults(projectDir)): ExerciseStatus {
  const dir = path.join(projectDir, exerciseDir(exercise));
  const result = results[exercise.number];
  // A result counts only for the files it was run against: edit after a pass and it is "edited" again.
  if (result && result.fingerprint === folderFingerprint(dir)) {
    const passed = result.requirements.filter((requirement) => requirement.passed).length;
    const total = result.requirements.length;
    return passed === total && total > 0 ? { kind: "passed", total } : { kind: "failing", passed, total };
  }
  return changedFiles(dir, path.join(projectDir, starterDir(exercise))).length === 0 ? { kind: "untouched" } : { kind: "edited" };
}

export function workbookStatus(projectDir: string): Map<number, ExerciseStatus> {
  const results = readCheckResults(projectDir);
  return new Map(EXERCISES.map((exercise) => [exercise.number, exerciseStatus(projectDir, exercise, results)]));
}
