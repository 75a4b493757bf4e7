import "server-only";

import type { TracedRequest } from "./recorder";

import { lineOf, sourceOfStep } from "./step-source";

/** For each request, for each step, the file and line of our code that took it (null when it is gone). */
export function timelineLines(requests: TracedRequest[]) {
  return Promise.all(
    requests.map((request) =>
      Promise.all(
        request.steps.map(async (step) => {
          const source = sourceOfStep(step);
          const line = await lineOf(source);
          return line === null ? null : { file: source.file, line };
        }),
      ),
    ),
  );
}
