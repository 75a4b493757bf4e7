// The request timeline's memory: what each of a browser's last requests did to its session, step by
// step, kept in this process for the /timeline page. Outside the session data on purpose: the
// cookie does not grow, and nothing recorded here ever reaches a store.
import { hash, randomBytes, randomUUID } from "node:crypto";

import type { SessionTrace, TraceActor, TraceStep, TraceStepKind } from "@/lib/session/trace";

/** The session cookie as it arrived: enough to tell two apart, never enough to replay one. */
export interface CookieIn {
  name: string;
  bytes: number;
  /** The first 8 hex digits of the value's SHA-256. */
  fingerprint: string;
}

export interface TracedRequest {
  id: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
  method: string;
  /** The path alone: a query string can carry what is not ours to keep. */
  path: string;
  cookieIn: CookieIn | null;
  steps: TraceStep[];
  /** Set when the proxy answered the request itself. */
  answered?: { status: number; rule: "cross-site" | "store-unavailable" };
}

/** Requests kept per browser, and browsers kept: the oldest go first, so memory stays bounded. */
export const REQUESTS_PER_BROWSER = 20;
export const BROWSERS_KEPT = 200;
const OPEN_REQUESTS_KEPT = 500;
/** How long a log-out's hand-off code stays good (./hand-off.ts), and how many may wait at once. */
const HAND_OFF_MS = 10_000;
const HAND_OFFS_KEPT = 200;
const MAX_PATH_LENGTH = 120;

interface OpenRequest {
  entry: TracedRequest;
  t0: number;
  browserId: string;
}

interface TimelineState {
  /**
   * By the browser's timeline id, least recently used first. Not hashed: the id opens nothing but
   * this timeline, and a hash per request was most of what recording cost.
   */
  browsers: Map<string, TracedRequest[]>;
  /** The requests still running, by their random id (the header the proxy hands on). */
  open: Map<string, OpenRequest>;
  /** Browsers that just logged out, by the one-time code in their redirect (./hand-off.ts). */
  handOffs: Map<string, { browserId: string; until: number }>;
}

// On globalThis: Next.js bundles the proxy apart from the pages, and both must see one timeline.
const STATE = Symbol.for("sessions-by-example.request-timeline");
const shared = globalThis as { [STATE]?: TimelineState };
const state: TimelineState = (shared[STATE] ??= { browsers: new Map(), open: new Map(), handOffs: new Map() });

/** One-shot `hash`: cheaper per call than a Hash object, and the fingerprint is taken on every request. */
const sha256 = (text: string) => hash("sha256", text, "hex");

/** A new random timeline id for a browser: the value of its timeline cookie. */
export const newBrowserId = () => randomBytes(16).toString("base64url");

/** A well-formed timeline id: anything else a browser sends is replaced. */
export const isBrowserId = (value: string) => /^[A-Za-z0-9_-]{22}$/.test(value);

export function cookieInOf(name: string, value: string): CookieIn {
  return { name, bytes: Buffer.byteLength(`${name}=${value}`), fingerprint: sha256(value).slice(0, 8) };
}

/** Records the steps of one request, for one actor; the session layer holds it in its options. */
export class TraceRecorder implements SessionTrace {
  constructor(
    private readonly open: OpenRequest,
    readonly by: TraceActor,
  ) {}

  get id(): string {
    return this.open.entry.id;
  }

  /** The time now, to pass back to record() as `since` when the step waited for something. */
  now(): number {
    return performance.now();
  }

  record(kind: TraceStepKind, fields: Omit<TraceStep, "kind" | "by" | "at" | "ms"> = {}, since?: number): void {
    const now = performance.now();
    const step: TraceStep = { kind, by: this.by, at: round(now - this.open.t0), ...fields };
    if (since !== undefined) step.ms = round(now - since);
    this.open.entry.steps.push(step);
  }

  answered(status: number, rule: NonNullable<TracedRequest["answered"]>["rule"]): void {
    this.open.entry.answered = { status, rule };
  }

  /** The same request, recorded for another actor (the page after the proxy). */
  as(by: TraceActor): TraceRecorder {
    return by === this.by ? this : new TraceRecorder(this.open, by);
  }

  /** A one-time code that gives this request's browser its timeline back (./hand-off.ts). */
  handOff(): string {
    const code = randomBytes(16).toString("base64url");
    keep(state.handOffs, code, { browserId: this.open.browserId, until: Date.now() + HAND_OFF_MS }, HAND_OFFS_KEPT);
    return code;
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The browser id a hand-off code stands for, once and within seconds; null for any other code. */
export function takeHandOff(code: string): string | null {
  const handOff = state.handOffs.get(code);
  if (!handOff) return null;
  state.handOffs.delete(code);
  return handOff.until > Date.now() ? handOff.browserId : null;
}

/** Starts recording a request for the browser `browserId`; the proxy calls it first thing. */
export function startTrace(request: { browserId: string; method: string; path: string; cookieIn: CookieIn | null }): TraceRecorder {
  const entry: TracedRequest = {
    // Random, not a counter: a request the proxy skips (a prefetch) reaches the page with the
    // header as the client sent it, and must not name another browser's request.
    id: randomUUID(),
    startedAt: Date.now(),
    method: request.method,
    path: request.path.length > MAX_PATH_LENGTH ? `${request.path.slice(0, MAX_PATH_LENGTH - 1)}…` : request.path,
    cookieIn: request.cookieIn,
    steps: [],
  };
  const open: OpenRequest = { entry, t0: performance.now(), browserId: request.browserId };
  keep(state.open, entry.id, open, OPEN_REQUESTS_KEPT);

  const key = request.browserId;
  const requests = state.browsers.get(key) ?? [];
  requests.unshift(entry);
  if (requests.length > REQUESTS_PER_BROWSER) requests.length = REQUESTS_PER_BROWSER;
  keep(state.browsers, key, requests, BROWSERS_KEPT);
  return new TraceRecorder(open, "proxy");
}

/** Sets `key` as the most recently used, and drops the least recently used past `limit`. */
function keep<V>(map: Map<string, V>, key: string, value: V, limit: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

/** The recorder of a request the proxy started, for the page: null when none (recording off). */
export function traceOf(id: string | null, by: TraceActor): TraceRecorder | null {
  const open = id ? state.open.get(id) : undefined;
  return open ? new TraceRecorder(open, by) : null;
}

/** The last requests of the browser that sent request `id`, newest first. */
export function timelineOf(id: string | null): TracedRequest[] {
  const open = id ? state.open.get(id) : undefined;
  // Copies: the request asking is still adding steps to its own entry while the page renders.
  const requests = open ? (state.browsers.get(open.browserId) ?? []) : [];
  return requests.map((request) => ({ ...request, steps: [...request.steps] }));
}

/**
 * The header on which the proxy hands a request's timeline id on to the page. The proxy removes
 * any copy a client sent (proxy-session.ts), and the id only names a request this process started.
 */
export const TRACE_HEADER = "x-session-trace";

/** The cookie that names a browser's timeline: a random id, apart from the session, so the session cookie does not grow. */
export const TIMELINE_COOKIE = "timeline";
