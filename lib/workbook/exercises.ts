// The workbook's exercises: where each one's files live and how it is tried and checked. Pure, so
// the pages, the check, reset and self-test tasks and the specs all read the same list.
import type { Messages } from "@/lib/i18n/catalogues/en";

export type ExerciseKey = keyof Messages["workbook"]["exercises"];

export interface Exercise {
  number: number;
  key: ExerciseKey;
  /** The folder name under workbook/exercises, workbook/starters and workbook/solutions. */
  folder: string;
  /** The files the learner edits, relative to the exercise folder. */
  files: string[];
  /** Where it runs inside the app; exercise 5 is a server of its own, so it has none. */
  tryHref?: string;
  /** The session key it owns: the wbN_ prefix keeps it apart from the lessons' keys. */
  sessionKey?: string;
  /** Where its action sends a refused form. */
  refusedHref?: string;
}

export const EXERCISES: readonly Exercise[] = [
  { number: 1, key: "minimalSession", folder: "1-minimal-session", files: ["actions.ts", "greeting-page.tsx"], tryHref: "/try/1", sessionKey: "wb1_name" },
  { number: 2, key: "authentication", folder: "2-authentication", files: ["actions.ts", "members-page.tsx"], tryHref: "/try/2", sessionKey: "wb2_user", refusedHref: "/try/2?error=credentials" },
  { number: 3, key: "shoppingCart", folder: "3-shopping-cart", files: ["actions.ts", "cart.ts"], tryHref: "/try/3", sessionKey: "wb3_cart" },
  { number: 4, key: "preferences", folder: "4-preferences", files: ["actions.ts", "preferences.ts"], tryHref: "/try/4", sessionKey: "wb4_preferences", refusedHref: "/try/4?error=theme" },
  { number: 5, key: "secretKey", folder: "5-secret-key", files: ["start.ts", ".env.production"] },
];

export const exerciseByNumber = (number: number): Exercise | undefined => EXERCISES.find((exercise) => exercise.number === number);

/**
 * The exercises a command line names: one number, or "all". A wrong or missing name is a problem
 * to print with the command's usage, not an exception.
 */
export function exercisesNamed(argument: string | undefined, usage: string): { exercises: readonly Exercise[] } | { problem: string } {
  if (argument === "all") return { exercises: EXERCISES };
  const exercise = EXERCISES.find(({ number }) => String(number) === argument);
  if (exercise) return { exercises: [exercise] };
  return { problem: argument ? `There is no exercise "${argument}".\n${usage}` : usage };
}

export const WORKBOOK_DIR = "workbook";
export const exerciseDir = (exercise: Exercise) => `${WORKBOOK_DIR}/exercises/${exercise.folder}`;
export const starterDir = (exercise: Exercise) => `${WORKBOOK_DIR}/starters/${exercise.folder}`;
export const solutionDir = (exercise: Exercise) => `${WORKBOOK_DIR}/solutions/${exercise.folder}`;

export const checkCommand = (exercise: Exercise) => `npm run workbook:check -- ${exercise.number}`;
export const resetCommand = (exercise: Exercise) => `npm run workbook:reset -- ${exercise.number}`;
