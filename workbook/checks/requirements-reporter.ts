// Prints each requirement (a test) as it ends, passed or failed with its first line of explanation,
// so a learner watching the check sees it move, and collects them all for lib/tasks/workbook-check.ts
// to summarise in plain words.
import { writeFileSync } from "node:fs";
import path from "node:path";

import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from "@playwright/test/reporter";

import { CHECK_ENV } from "../../lib/workbook/check-settings";
import { requirementLines, type RequirementsReport } from "../../lib/workbook/requirements-report";

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

  onBegin(_config: FullConfig, suite: Suite) {
    console.log(`Trying ${suite.allTests().length} requirements in a browser:`);
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const passed = result.status === "passed";
    const requirement = {
      file: path.basename(test.location.file),
      title: test.title,
      passed,
      reason: passed ? undefined : (explain(result.errors[0]) ?? `it ${result.status}`),
    };
    this.#report.requirements.push(requirement);
    // The spec files are named after their exercise: "3-shopping-cart.check.ts" is exercise 3.
    console.log(requirementLines(requirement, `  Exercise ${requirement.file.split("-")[0]}  `));
  }

  onError(error: TestError) {
    this.#report.errors.push(stripColours(error.message ?? String(error.value ?? "unknown error")).trim());
  }

  onEnd(result: FullResult) {
    this.#report.status = result.status;
    const file = process.env[CHECK_ENV.reportFile];
    if (file) writeFileSync(file, JSON.stringify(this.#report, null, 2));
  }

  /** True, or Playwright adds a reporter of its own beside this one. */
  printsToStdio() {
    return true;
  }
}
