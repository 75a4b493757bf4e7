import { describe, expect, it } from "vitest";

import { loginUrl, safeNextPath } from "./next-path";

describe("safeNextPath: where a login may send you", () => {
  it.each(["/profile", "/cart/checkout", "/orders?page=2", "/a/b#c"])("accepts the local path %s", (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "profile", "", "/ok\nLocation: x", null, undefined, 42])(
    "refuses %j and falls back to /profile",
    (next) => {
      expect(safeNextPath(next)).toBe("/profile");
    },
  );

  it("builds the login URL with the path encoded", () => {
    expect(loginUrl("/cart/checkout?x=1")).toBe("/login?next=%2Fcart%2Fcheckout%3Fx%3D1");
  });
});
