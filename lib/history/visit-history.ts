// The visit-history rules, pure so they can be unit tested: which requests are visits, and how
// a visit joins session["history"]. proxy.ts applies them to every request before the page renders.
import { z } from "zod";

/** The session key this lesson owns (reserved in reserved-keys.ts, so /basics cannot forge it). */
export const HISTORY_KEY = "history";

/** Visits kept, most recent first: a cookie holds 4096 bytes, and the other lessons need room too. */
export const HISTORY_LIMIT = 10;

/** A longer path (a huge query string) is cut, so one odd URL cannot fill the cookie. */
export const MAX_RECORDED_PATH_LENGTH = 120;

/**
 * Headers that mark a prefetch, the router fetching a page the person may never open. Next.js's
 * router sends the first two (present means prefetch); browsers send `Purpose` or `Sec-Purpose`
 * with "prefetch" in it for <link rel=prefetch> and speculation rules. Next.js hides its router
 * headers from the proxy's code, so proxy.ts's matcher lists these too, as `missing` conditions.
 */
export const ROUTER_PREFETCH_HEADERS = ["next-router-prefetch", "next-router-segment-prefetch"] as const;
export const PURPOSE_HEADERS = ["purpose", "sec-purpose"] as const;

// A type, not an interface, so that a list of visits is a JsonValue the session can hold.
export type Visit = {
  /** The path with its query string, as the address bar showed it. */
  path: string;
  /** When, as an ISO 8601 UTC timestamp. */
  at: string;
};

/** What the proxy knows about a request; NextRequest fits. */
export interface RequestFacts {
  method: string;
  nextUrl: { pathname: string; search: string };
  headers: { get(name: string): string | null };
}

const isPrefetch = (headers: RequestFacts["headers"]) =>
  ROUTER_PREFETCH_HEADERS.some((name) => headers.get(name) !== null) ||
  PURPOSE_HEADERS.some((name) => /prefetch/i.test(headers.get(name) ?? ""));

/** A file such as /favicon.ico or /logo.png: its last segment has an extension. */
const looksLikeFile = (pathname: string) => /\.[A-Za-z0-9]+$/.test(pathname.slice(pathname.lastIndexOf("/") + 1));

/**
 * Whether a request is a page visit. A person's GET of a page is; Next.js's own files, other files,
 * the API, prefetches (the router fetching a page the person may never open), form posts (server
 * actions are POSTs) and the render of the page an action redirects to are not. A client-side
 * navigation, a GET with `RSC: 1`, is a visit.
 */
export function isPageVisit({ method, nextUrl, headers }: RequestFacts): boolean {
  if (method !== "GET") return false;
  const { pathname } = nextUrl;
  if (pathname.startsWith("/_next") || pathname.startsWith("/__next")) return false;
  if (pathname === "/api" || pathname.startsWith("/api/")) return false;
  if (looksLikeFile(pathname)) return false;
  if (headers.get("next-hmr-refresh") !== null) return false;
  // After a server action redirects, Next.js renders the target by fetching it from itself inside
  // the action's POST, marked with this header. The browser never asks for that page and only the
  // action's cookie reaches it, so it is not a visit; the next GET of that page is.
  if (headers.get("x-action-redirect") !== null) return false;
  return !isPrefetch(headers);
}

/** The visit a request makes: its path and query string, at this moment. */
export function visitOf({ nextUrl }: Pick<RequestFacts, "nextUrl">, now = new Date()): Visit {
  const path = nextUrl.pathname + nextUrl.search;
  return {
    path: path.length > MAX_RECORDED_PATH_LENGTH ? `${path.slice(0, MAX_RECORDED_PATH_LENGTH - 1)}…` : path,
    at: now.toISOString(),
  };
}

const historySchema = z.array(
  z.object({ path: z.string().startsWith("/").max(MAX_RECORDED_PATH_LENGTH), at: z.iso.datetime() }),
);

/** session["history"] as stored; anything that is not a list of visits (an older format, a forged value) reads as none. */
export function readHistory(stored: unknown): Visit[] {
  const parsed = historySchema.safeParse(stored);
  return parsed.success ? parsed.data.slice(0, HISTORY_LIMIT) : [];
}

/** The history with this visit first, keeping the last HISTORY_LIMIT. */
export function addVisit(stored: unknown, visit: Visit): Visit[] {
  return [visit, ...readHistory(stored)].slice(0, HISTORY_LIMIT);
}
