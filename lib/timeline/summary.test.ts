import { describe, expect, it } from "vitest";

import type { TraceStep } from "@/lib/session/trace";
import type { TracedRequest } from "@/lib/timeline/recorder";

import { cookiesOut, outcomeOf } from "./summary";

const request = (method: string, steps: Partial<TraceStep>[], answered?: TracedRequest["answered"]): TracedRequest => ({
  id: "r",
  startedAt: 0,
  method,
  path: "/",
  cookieIn: null,
  steps: steps.map((step) => ({ kind: "read", by: "app", at: 1, ...step }) as TraceStep),
  answered,
});

const COOKIE = { name: "session", bytes: 80, maxAge: undefined, httpOnly: true, secure: true, sameSite: "lax" };

describe("what a response sent back", () => {
  it("lists the Set-Cookie and the deletion, in order", () => {
    const out = cookiesOut(request("POST", [{ kind: "set-cookie", cookie: COOKIE }, { kind: "delete-cookie", cookie: { ...COOKIE, maxAge: 0 } }]));
    expect(out).toEqual({ cookies: [{ deleted: false, cookie: COOKIE }, { deleted: true, cookie: { ...COOKIE, maxAge: 0 } }], none: null });
  });

  it("says why there was no Set-Cookie: kept by a server-side store, nothing changed, or no session opened", () => {
    expect(cookiesOut(request("POST", [{ kind: "read" }, { kind: "write" }])).none).toBe("kept");
    expect(cookiesOut(request("GET", [{ kind: "read" }])).none).toBe("unchanged");
    expect(cookiesOut(request("GET", [])).none).toBe("notOpened");
  });
});

describe("the outcome", () => {
  it("gives the proxy's own 403 and 503 with their rule, and a store that failed the page as 503", () => {
    expect(outcomeOf(request("POST", [], { status: 403, rule: "cross-site" }))).toEqual({ status: 403, text: "crossSite" });
    expect(outcomeOf(request("GET", [], { status: 503, rule: "store-unavailable" }))).toEqual({ status: 503, text: "storeUnavailable" });
    expect(outcomeOf(request("GET", [{ kind: "unavailable" }]))).toEqual({ status: 503, text: "storeUnavailable" });
  });

  it("otherwise says what it can: a GET rendered, a POST ran", () => {
    expect(outcomeOf(request("GET", [{ kind: "read" }]))).toEqual({ status: null, text: "rendered" });
    expect(outcomeOf(request("POST", [{ kind: "read" }]))).toEqual({ status: null, text: "ran" });
  });
});
