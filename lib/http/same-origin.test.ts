import { describe, expect, it } from "vitest";

import { isSameOriginRequest } from "./same-origin";

describe("isSameOriginRequest: is this POST from our own page?", () => {
  const request = (headers: Record<string, string>) => new Headers(headers);

  it("accepts a POST whose Origin is this host", () => {
    expect(isSameOriginRequest(request({ origin: "http://localhost:3201", host: "localhost:3201" }))).toBe(true);
    expect(isSameOriginRequest(request({ origin: "https://sessions.example", host: "internal:3000", "x-forwarded-host": "sessions.example" }))).toBe(true);
  });

  it("accepts an origin named in ALLOWED_ORIGINS", () => {
    expect(isSameOriginRequest(request({ origin: "https://admin.sessions.example", host: "sessions.example" }), ["https://admin.sessions.example"])).toBe(true);
    expect(isSameOriginRequest(request({ origin: "http://admin.sessions.example", host: "sessions.example" }), ["https://admin.sessions.example"])).toBe(false);
  });

  it.each([
    ["another site", { origin: "https://evil.example", host: "localhost:3201" }],
    ["another port", { origin: "http://localhost:9999", host: "localhost:3201" }],
    ["a look-alike host", { origin: "http://localhost:3201.evil.example", host: "localhost:3201" }],
    ["no Origin", { host: "localhost:3201" }],
    ['Origin "null"', { origin: "null", host: "localhost:3201" }],
    ["a malformed Origin", { origin: "not a url", host: "localhost:3201" }],
  ])("refuses %s", (_what, headers) => {
    expect(isSameOriginRequest(request(headers))).toBe(false);
  });
});
