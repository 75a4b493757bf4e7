import { describe, expect, it } from "vitest";

import { config as proxyConfig } from "@/proxy";

import {
  addVisit,
  HISTORY_LIMIT,
  isPageVisit,
  MAX_RECORDED_PATH_LENGTH,
  PURPOSE_HEADERS,
  readHistory,
  ROUTER_PREFETCH_HEADERS,
  visitOf,
  type Visit,
} from "./visit-history";

/** A request as the proxy sees it. */
function request(url: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return { method, nextUrl: new URL(url, "http://localhost"), headers: new Headers(headers) };
}

const visit = (path: string, at = "2026-01-02T03:04:05.000Z"): Visit => ({ path, at });

describe("which requests are visits", () => {
  it.each(["/", "/history", "/hello/output", "/shop?category=books", "/api-guide", "/reports/2026"])("a GET of %s is a visit", (path) => {
    expect(isPageVisit(request(path))).toBe(true);
  });

  it("a client-side navigation (an RSC request that is not a prefetch) is a visit", () => {
    expect(isPageVisit(request("/basics", { headers: { rsc: "1", "next-router-state-tree": "[]" } }))).toBe(true);
  });

  it.each(["POST", "PUT", "DELETE", "HEAD", "OPTIONS"])("a %s is not a visit (server actions are POSTs)", (method) => {
    expect(isPageVisit(request("/history", { method }))).toBe(false);
  });

  it.each([
    "/_next/static/chunks/main.js",
    "/_next/image?url=%2Flogo.png&w=64&q=75",
    "/_next/data/build/index.json",
    "/__nextjs_original-stack-frame",
    "/favicon.ico",
    "/robots.txt",
    "/images/logo.png",
    "/docs/guide.pdf",
    "/api",
    "/api/sessions",
  ])("%s is not a page, so not a visit", (path) => {
    expect(isPageVisit(request(path))).toBe(false);
  });

  it.each<Record<string, string>>([
    { "next-router-prefetch": "1", rsc: "1" },
    { "next-router-prefetch": "2", rsc: "1" },
    { "next-router-segment-prefetch": "/_tree", rsc: "1" },
    { purpose: "prefetch" },
    { "sec-purpose": "prefetch" },
    { "sec-purpose": "prefetch;prerender" },
  ])("a prefetch is not a visit: %j", (headers) => {
    expect(isPageVisit(request("/history", { headers }))).toBe(false);
  });

  it("other Purpose values do not hide a visit", () => {
    expect(isPageVisit(request("/history", { headers: { "sec-purpose": "", purpose: "navigate" } }))).toBe(true);
  });

  it("the render of the page a server action redirects to is not a visit: it happens inside the action's POST", () => {
    expect(isPageVisit(request("/hello/output", { headers: { rsc: "1", "x-action-redirect": "/hello/output;push" } }))).toBe(false);
  });

  it("a development hot-reload refresh is not a visit", () => {
    expect(isPageVisit(request("/history", { headers: { "next-hmr-refresh": "1", rsc: "1" } }))).toBe(false);
  });
});

describe("the proxy's matcher", () => {
  const [matcher, actions] = proxyConfig.matcher;

  it("skips every prefetch header the rules know, since the proxy's code cannot see Next.js's own", () => {
    const skipped = (matcher?.missing ?? []).map((condition) => condition.key).sort();
    expect(skipped).toEqual([...ROUTER_PREFETCH_HEADERS, ...PURPOSE_HEADERS].sort());
  });

  it("skips only build files and images: a path with a dot still meets the origin check", () => {
    const source = new RegExp(`^${matcher?.source}$`);
    for (const path of ["/history", "/", "/orders/1.0", "/workbook/1.x", "/favicon.ico"]) {
      expect(source.test(path), path).toBe(true);
    }
    for (const path of ["/_next/static/chunks/a.js", "/_next/image"]) {
      expect(source.test(path), path).toBe(false);
    }
  });

  it("runs for a server action even when it claims to be a prefetch", () => {
    expect(actions).toMatchObject({ source: matcher?.source, has: [{ type: "header", key: "next-action" }] });
  });
});

describe("a visit", () => {
  it("keeps the query string", () => {
    expect(visitOf(request("/shop?category=books&page=2")).path).toBe("/shop?category=books&page=2");
  });

  it("records the time as ISO 8601 UTC", () => {
    expect(visitOf(request("/"), new Date(Date.UTC(2026, 0, 2, 3, 4, 5))).at).toBe("2026-01-02T03:04:05.000Z");
  });

  it("cuts a very long path so one URL cannot fill the cookie", () => {
    const { path } = visitOf(request(`/search?q=${"x".repeat(500)}`));
    expect(path).toHaveLength(MAX_RECORDED_PATH_LENGTH);
    expect(path.startsWith("/search?q=xxx")).toBe(true);
    expect(path.endsWith("…")).toBe(true);
    // A cut path still reads back as a visit.
    expect(readHistory([{ path, at: "2026-01-02T03:04:05.000Z" }])).toHaveLength(1);
  });
});

describe("the history", () => {
  it("puts the newest visit first", () => {
    let history: Visit[] = [];
    for (const path of ["/hello", "/basics", "/history"]) history = addVisit(history, visit(path));
    expect(history.map((entry) => entry.path)).toEqual(["/history", "/basics", "/hello"]);
  });

  it(`keeps at most ${HISTORY_LIMIT}, dropping the oldest`, () => {
    let history: Visit[] = [];
    for (let n = 1; n <= 12; n += 1) history = addVisit(history, visit(`/page?n=${n}`));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.path).toBe("/page?n=12");
    expect(history.at(-1)?.path).toBe("/page?n=3");
  });

  it("starts from nothing when the session has no history", () => {
    expect(addVisit(undefined, visit("/"))).toEqual([visit("/")]);
  });

  it.each([
    ["a string", "/hello"],
    ["a number", 3],
    ["an object", { path: "/hello" }],
    ["a list with a visit missing its time", [{ path: "/hello" }]],
    ["a list with a time that is not a time", [{ path: "/hello", at: "yesterday" }]],
    ["a list with a path that is not a path", [{ path: "https://evil.example/", at: "2026-01-02T03:04:05.000Z" }]],
    ["a list of strings", ["/hello", "/basics"]],
    ["null", null],
  ])("treats bad stored data (%s) as empty", (_what, stored) => {
    expect(readHistory(stored)).toEqual([]);
    expect(addVisit(stored, visit("/"))).toEqual([visit("/")]);
  });

  it("reads back what it stored", () => {
    const stored = JSON.parse(JSON.stringify(addVisit([visit("/hello")], visit("/basics")))) as unknown;
    expect(readHistory(stored)).toEqual([visit("/basics"), visit("/hello")]);
  });

  it("trims a stored list that is too long", () => {
    const stored = Array.from({ length: 15 }, (_, n) => visit(`/page?n=${n}`));
    expect(readHistory(stored)).toHaveLength(HISTORY_LIMIT);
  });
});
