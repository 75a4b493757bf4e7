import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { writeCheckResult } from "./check-results";
import { EXERCISES, exerciseDir, starterDir } from "./exercises";
import { changedFiles, folderFingerprint, replaceFolder } from "./folders";
import { exerciseStatus } from "./status";

const exercise = EXERCISES[0]!;
let project: string;
const mine = () => path.join(project, exerciseDir(exercise));

/** A project folder with exercise 1's starter and an identical copy for the learner. */
beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), "workbook-status-"));
  mkdirSync(path.join(project, starterDir(exercise)), { recursive: true });
  writeFileSync(path.join(project, starterDir(exercise), "actions.ts"), "// TODO 1\n");
  writeFileSync(path.join(project, starterDir(exercise), ".env.production"), "A=1\n");
  replaceFolder(mine(), path.join(project, starterDir(exercise)));
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

const passedResult = (passed: boolean[]) => ({
  checkedAt: new Date().toISOString(),
  fingerprint: folderFingerprint(mine()),
  requirements: passed.map((ok, index) => ({ title: `requirement ${index}`, passed: ok })),
});

describe("exercise status", () => {
  it("is untouched while the folder equals the starter, dotfiles included", () => {
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "untouched" });
    writeFileSync(path.join(mine(), ".env.production"), "A=2\n");
    expect(changedFiles(mine(), path.join(project, starterDir(exercise)))).toEqual([".env.production"]);
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "edited" });
  });

  it("counts an added or a removed file as an edit", () => {
    writeFileSync(path.join(mine(), ".env"), "A=1\n");
    rmSync(path.join(mine(), ".env.production"));
    expect(changedFiles(mine(), path.join(project, starterDir(exercise)))).toEqual([".env", ".env.production"]);
  });

  it("reports the last check only for the files it ran against", () => {
    writeFileSync(path.join(mine(), "actions.ts"), "// done\n");
    writeCheckResult(project, exercise.number, passedResult([true, false, true]));
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "failing", passed: 2, total: 3 });

    writeCheckResult(project, exercise.number, passedResult([true, true]));
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "passed", total: 2 });

    // An edit after the check: the pass no longer describes these files.
    writeFileSync(path.join(mine(), "actions.ts"), "// changed again\n");
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "edited" });
  });

  it("ignores an unreadable results file", () => {
    mkdirSync(path.join(project, ".workbook"), { recursive: true });
    writeFileSync(path.join(project, ".workbook/last-check.json"), "{ not json");
    expect(exerciseStatus(project, exercise)).toEqual({ kind: "untouched" });
  });
});
