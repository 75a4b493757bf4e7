import { describe, expect, it } from "vitest";

import { EXERCISES, exercisesNamed } from "./exercises";

const USAGE = "Usage: npm run workbook:reset -- <n>";

describe("the exercises a command names", () => {
  it("is every exercise for \"all\", and one exercise for its number", () => {
    expect(exercisesNamed("all", USAGE)).toEqual({ exercises: EXERCISES });
    expect(exercisesNamed("3", USAGE)).toEqual({ exercises: [EXERCISES[2]] });
  });

  it("is a problem with the usage for a number that is no exercise, or for nothing", () => {
    expect(exercisesNamed("6", USAGE)).toEqual({ problem: `There is no exercise "6".\n${USAGE}` });
    expect(exercisesNamed("03", USAGE)).toEqual({ problem: `There is no exercise "03".\n${USAGE}` });
    expect(exercisesNamed(undefined, USAGE)).toEqual({ problem: USAGE });
  });
});
