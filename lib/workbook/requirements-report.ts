// What one run of the workbook's checks found, as the requirements reporter
// (workbook/checks/requirements-reporter.ts) writes it and the check task reads it back, and how a
// requirement is printed, the same while the checks run and in the summary. Pure.
import { z } from "zod";

const reportedRequirementSchema = z.object({
  /** The spec file's name, e.g. "1-minimal-session.check.ts". */
  file: z.string(),
  title: z.string(),
  passed: z.boolean(),
  reason: z.string().optional(),
});

export const requirementsReportSchema = z.object({
  requirements: z.array(reportedRequirementSchema),
  /** Problems outside any requirement: the app did not start, a spec did not load. */
  errors: z.array(z.string()),
  status: z.enum(["passed", "failed", "timedout", "interrupted"]),
});

export type ReportedRequirement = z.infer<typeof reportedRequirementSchema>;
export type RequirementsReport = z.infer<typeof requirementsReportSchema>;

/** "✓ PASS  title" after a prefix, and a failure's reason on a line of its own under the title. */
export function requirementLines({ title, passed, reason }: ReportedRequirement, prefix: string): string {
  const line = `${prefix}${passed ? "✓ PASS" : "✗ FAIL"}  ${title}`;
  return reason ? `${line}\n${" ".repeat(prefix.length + 8)}${reason}` : line;
}
