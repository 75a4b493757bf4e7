// What a recorded request amounts to, for the timeline's "out" and "outcome" columns. Pure: the
// recorder keeps raw steps, and these rules read them.
import type { CookieOut } from "@/lib/session/trace";

import type { TracedRequest } from "./recorder";

export type CookieLeaving = { deleted: boolean; cookie: CookieOut };

/** Why a response carried no session cookie. */
export type NoCookieReason = "kept" | "unchanged" | "notOpened";

/** The session cookies the response set or deleted, in order; or why there were none. */
export function cookiesOut(request: TracedRequest): { cookies: CookieLeaving[]; none: NoCookieReason | null } {
  const cookies = request.steps.flatMap((step) =>
    step.cookie && (step.kind === "set-cookie" || step.kind === "delete-cookie") ? [{ deleted: step.kind === "delete-cookie", cookie: step.cookie }] : [],
  );
  if (cookies.length > 0) return { cookies, none: null };
  const wrote = request.steps.some((step) => step.kind === "write");
  // A server-side store saved the row and kept the id: the cookie the browser holds still names it.
  if (wrote) return { cookies, none: "kept" };
  return { cookies, none: request.steps.some((step) => step.kind === "read" || step.kind === "refused") ? "unchanged" : "notOpened" };
}

export type Outcome = { status: number | null; text: "rendered" | "ran" | "crossSite" | "storeUnavailable" };

/**
 * What became of the request, as far as the session layer can tell: the proxy's own 403 or 503,
 * a store that did not answer the page (503 too), else the page rendered or the POST ran.
 */
export function outcomeOf(request: TracedRequest): Outcome {
  if (request.answered) return { status: request.answered.status, text: request.answered.rule === "cross-site" ? "crossSite" : "storeUnavailable" };
  if (request.steps.some((step) => step.kind === "unavailable")) return { status: 503, text: "storeUnavailable" };
  return { status: null, text: request.method === "GET" ? "rendered" : "ran" };
}

/** How long the request's recorded steps spanned, for drawing them to scale (at least 1 ms). */
export function spanOf(request: TracedRequest): number {
  return Math.max(1, ...request.steps.map((step) => step.at));
}
