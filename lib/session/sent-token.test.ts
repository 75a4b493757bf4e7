import { readFileSync } from "node:fs";

// Next.js's own copy of the parser, the one behind cookies(): the read must agree with it.
import { RequestCookies as NextJsRequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { describe, expect, it } from "vitest";

import { sentSessionToken } from "./sent-token";

const headersWith = (cookie: string | null) => new Headers(cookie === null ? {} : { cookie });
const SEAL = "Fe26.2*1*3f2a*iv_b64url*ciphertext-b64url*1764000000000*9c1d*mac_b64url~2";

describe("the session token a request sent", () => {
  it("reads the named cookie from the Cookie header", () => {
    expect(sentSessionToken(headersWith(`theme=dark; session=${SEAL}; lang=ja`), "session")).toBe(SEAL);
    expect(sentSessionToken(headersWith(`__Host-session=abc; session=def`), "__Host-session")).toBe("abc");
  });

  it("is null with no Cookie header, no such cookie, or an empty one", () => {
    expect(sentSessionToken(headersWith(null), "session")).toBeNull();
    expect(sentSessionToken(headersWith("theme=dark"), "session")).toBeNull();
    expect(sentSessionToken(headersWith("session=; theme=dark"), "session")).toBeNull();
  });

  it("reads every header as Next.js's cookies() does: duplicates, encoding, malformed pairs", () => {
    const headers = [
      "session=first; session=second",
      "session=a%20b%3Bc",
      "session=%E0%A4%A; other=1",
      "session=%E0%A4%A; session=kept",
      "session=a=b=c",
      "session",
      "session =spaced; session=exact",
      ";;session=x;;",
      "Session=upper; session=lower",
      `session=${SEAL}`,
    ];
    for (const header of headers) {
      const nextJs = new NextJsRequestCookies(headersWith(header)).get("session")?.value || null;
      expect(sentSessionToken(headersWith(header), "session"), header).toBe(nextJs);
    }
  });

  it("uses the version of the parser Next.js bundles", () => {
    const version = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    expect(version("node_modules/@edge-runtime/cookies/package.json")).toBe(version("node_modules/next/dist/compiled/@edge-runtime/cookies/package.json"));
  });
});
