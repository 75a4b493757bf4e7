import "server-only";

import { readSource } from "@/lib/code-excerpts";
import type { TraceStep } from "@/lib/session/trace";

/** A line of our code: the file, and a piece of the line that takes the step. */
export interface StepSource {
  file: string;
  needle: string;
}

// Found by their text, not by line numbers, so an edit above them moves the link with them;
// lib/timeline/step-source.test.ts fails when one of these lines is gone.
const SOURCES = {
  read: { file: "lib/session/open-session.ts", needle: "await store.load(sentToken)" },
  checks: { file: "lib/session/open-session.ts", needle: "isExpired(record, timeouts, now)" },
  refused: { file: "lib/session/open-session.ts", needle: "await store.refusalOf(sentToken)" },
  user: { file: "lib/auth/session-holder.ts", needle: "row.sessionVersion !== user.sessionVersion" },
  set: { file: "lib/session/session.ts", needle: "set(key: string, value: JsonValue)" },
  update: { file: "lib/session/session.ts", needle: "update(key: string, change:" },
  pop: { file: "lib/session/session.ts", needle: "pop(key: string)" },
  clear: { file: "lib/session/session.ts", needle: "clear(): void" },
  permanent: { file: "lib/session/session.ts", needle: "set permanent(value: boolean)" },
  history: { file: "lib/history/visit-history.ts", needle: "export function addVisit(" },
  save: { file: "lib/session/cookie-policy.ts", needle: "await store.save(token, record)" },
  atomicUpdate: { file: "lib/session/cookie-policy.ts", needle: "await store.update(token, change)" },
  "new-id": { file: "lib/session/cookie-policy.ts", needle: "await store.regenerate(token, next)" },
  destroy: { file: "lib/session/cookie-policy.ts", needle: "await store.destroy(token)" },
  "set-cookie": { file: "lib/session/cookie-policy.ts", needle: "await jar.set(name, token" },
  "delete-cookie": { file: "lib/session/cookie-policy.ts", needle: "await jar.delete(flags)" },
  unavailable: { file: "lib/session/errors.ts", needle: "class SessionStoreUnavailableError" },
} satisfies Record<string, StepSource>;

export const STEP_SOURCES: Readonly<Record<string, StepSource>> = SOURCES;

/** Which line a step came from: the proxy's history write and the two kinds of store write each have their own. */
export function sourceOfStep(step: Pick<TraceStep, "kind" | "by" | "key" | "result">): StepSource {
  if (step.kind === "update" && step.by === "proxy" && step.key === "history") return SOURCES.history;
  if (step.kind === "write") return step.result === "update" ? SOURCES.atomicUpdate : SOURCES.save;
  return SOURCES[step.kind];
}

/** The 1-based line of `needle` in `file`, or null when the file or the line is gone. */
export async function lineOf({ file, needle }: StepSource): Promise<number | null> {
  const text = await readSource(file);
  if (text === null) return null;
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  return index === -1 ? null : index + 1;
}
