// The request timeline's side of the session layer: the steps a request's session takes, and the
// hook through which the layer finds the request's trace. Who keeps and draws the steps
// (lib/timeline, the /timeline page) plugs in at start-up, as the security log subscribes to
// ./events.ts: the session layer imports nothing above it.
import type { NextRequest } from "next/server";

/** Who took a step: the proxy (the history write, before the page) or the page, action or route. */
export type TraceActor = "proxy" | "app";

export type TraceStepKind =
  | "read" // the store's load: hit or miss
  | "checks" // the timeouts and the client binding, on a session found
  | "refused" // a token the store would not open (changed, expired, unknown)
  | "user" // the session's user, confirmed against the database
  | "set"
  | "update"
  | "pop"
  | "clear"
  | "permanent"
  | "write" // the store's save or atomic update
  | "new-id" // regenerate: the data moves to a new token
  | "destroy"
  | "set-cookie"
  | "delete-cookie"
  | "unavailable"; // the store's server did not answer: 503

/** The Set-Cookie a step sent: its attributes, never its value. */
export interface CookieOut {
  name: string;
  bytes: number;
  maxAge: number | undefined;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
}

export interface TraceStep {
  kind: TraceStepKind;
  by: TraceActor;
  /** Milliseconds since the request reached the server. */
  at: number;
  /** How long the store took, for the steps that wait for it. */
  ms?: number;
  store?: string;
  /** The session key a change touched (its name only: values are never recorded). */
  key?: string;
  /** read: "hit" | "miss"; checks: "ok" or what ended the session; user: "valid" | "ended". */
  result?: string;
  cookie?: CookieOut;
}

/** One request's trace, as the session layer writes to it. */
export interface SessionTrace {
  /** The time now, to pass back to record() as `since` when the step waited for something. */
  now(): number;
  record(kind: TraceStepKind, fields?: Omit<TraceStep, "kind" | "by" | "at" | "ms">, since?: number): void;
}

/** Where the session layer finds the trace of the request at hand. */
export interface RequestTracing {
  /** The trace the proxy started for this request, or null. */
  inProxy(request: NextRequest): SessionTrace | null;
  /** Adds to the headers the proxy hands on what lets the page find the same trace. */
  handOn(request: NextRequest, headers: Headers): void;
  /** The page's trace, from the headers the proxy handed on, or null. */
  inPage(headers: Headers): SessionTrace | null;
}

// On globalThis: Next.js bundles the proxy apart from the pages, and instrumentation.ts plugs the
// timeline in once for both.
const TRACING = Symbol.for("sessions-by-example.request-tracing");
const shared = globalThis as { [TRACING]?: RequestTracing };

/** Plugs a timeline in; until then (and with recording off) nothing is traced. */
export function traceRequestsWith(tracing: RequestTracing): void {
  shared[TRACING] = tracing;
}

/** The timeline plugged in, or null. */
export const requestTracing = (): RequestTracing | null => shared[TRACING] ?? null;
