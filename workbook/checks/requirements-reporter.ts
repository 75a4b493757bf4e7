// Collects each requirement (a test) as passed or failed with its first line of explanation, for
// lib/tasks/workbook-check.ts to print in plain words. It prints nothing itself.
import { writeFileSync } from "node:fs";
import path from "node:path";

import type { FullResult, Reporter, TestCase, TestError, TestResult } from "@playwright/test/reporter";

import { CHECK_ENV } from "./settings";

export interface ReportedRequirement {
  /** The spec file's name, e.g. "1-minimal-session.check.ts". */
  file: string;
  title: string;
  passed: boolean;
  reason?: string;
}

export interface RequirementsReport {
  requirements: ReportedRequirement[];
  /** Problems outside any requirement: the app did not start, a spec did not load. */
  errors: string[];
  status: FullResult["status"];
}

const stripColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

/** The sentence the check wrote (every expect carries one), or the failure's own first line. */
export function explain(error: TestError | undefined): string | undefined {
  const message = stripColours(error?.message ?? "").trim();
  const lines = message.split("\n").map((line) => line.trim());
  const first = lines[0]?.replace(/^Error:\s*/, "");
  if (!first) return undefined;
  const received = lines.find((line) => /^Received( string)?:/.test(line));
  if (received) return `${first} (${received.replace(/^Received( string)?:\s*/, "it was: ")})`;
  return lines.includes("Error: element(s) not found") ? `${first} (it is not on the page)` : first;
}

export default class RequirementsReporter implements Reporter {
  #report: RequirementsReport = { requirements: [], errors: [], status: "passed" };

  onTestEnd(test: TestCase, result: TestResult) {
    const passed = result.status === "passed";
    this.#report.requirements.push({
      file: path.basename(test.location.file),
      title: test.title,
      passed,
      reason: passed ? undefined : (explain(result.errors[0]) ?? `it ${result.status}`),
    });
  }

  onError(error: TestError) {
    this.#report.errors.push(stripColours(error.message ?? String(error.value ?? "unknown error")).trim());
  }

  onEnd(result: FullResult) {
    this.#report.status = result.status;
    const file = process.env[CHECK_ENV.reportFile];
    if (file) writeFileSync(file, JSON.stringify(this.#report, null, 2));
  }

  printsToStdio() {
    return false;
  }
}
