// The last `npm run workbook:check` result per exercise, kept in a git-ignored file so /workbook
// can say honestly what the learner's own checks said, and about which version of their files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

/** Git-ignored: what the learner's machine ran, never committed. */
export const STATE_DIR = ".workbook";
export const RESULTS_FILE = `${STATE_DIR}/last-check.json`;

const requirementSchema = z.object({ title: z.string(), passed: z.boolean(), reason: z.string().optional() });

const resultSchema = z.object({
  checkedAt: z.string(),
  /** folderFingerprint() of the exercise folder the check ran against. */
  fingerprint: z.string(),
  requirements: z.array(requirementSchema),
});

export type Requirement = z.infer<typeof requirementSchema>;
export type CheckResult = z.infer<typeof resultSchema>;

const resultsSchema = z.record(z.string(), resultSchema);

export function readCheckResults(projectDir: string): Record<string, CheckResult> {
  const file = path.join(projectDir, RESULTS_FILE);
  if (!existsSync(file)) return {};
  try {
    const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : {};
  } catch {
    // A half-written or hand-edited file is no result, not a broken page.
    return {};
  }
}

export function writeCheckResult(projectDir: string, exerciseNumber: number, result: CheckResult | null): void {
  const results = readCheckResults(projectDir);
  if (result) results[exerciseNumber] = result;
  else delete results[exerciseNumber];
  mkdirSync(path.join(projectDir, STATE_DIR), { recursive: true });
  writeFileSync(path.join(projectDir, RESULTS_FILE), `${JSON.stringify(results, null, 2)}\n`);
}
