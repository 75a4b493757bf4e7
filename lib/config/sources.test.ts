import { describe, expect, it } from "vitest";

import { splitSecrets } from "./schema";
import { describeSecrets } from "./secrets";
import { settingSource } from "./setting-source";

const files = [
  { path: ".env.local", env: { SESSION_SECRET: "from-local", SESSION_STORE: "file" } },
  { path: ".env", env: { SESSION_STORE: "database", SESSION_TTL_SECONDS: "3600" } },
];

describe("where a setting came from", () => {
  it("is the environment when the variable was set before any file was read, even if a file sets it too", () => {
    expect(settingSource("SESSION_SECRET", { SESSION_SECRET: "from-shell" }, files, "from-shell")).toEqual({ kind: "environment" });
  });

  it("is the first file that sets it, in Next.js's order of precedence", () => {
    expect(settingSource("SESSION_STORE", {}, files, "file")).toEqual({ kind: "file", file: ".env.local" });
    expect(settingSource("SESSION_TTL_SECONDS", {}, files, "3600")).toEqual({ kind: "file", file: ".env" });
  });

  it("is the default when nothing sets it, or sets it empty", () => {
    expect(settingSource("SESSION_COOKIE_NAME", {}, files, undefined)).toEqual({ kind: "default" });
    expect(settingSource("SESSION_COOKIE_NAME", { SESSION_COOKIE_NAME: "" }, files, "")).toEqual({ kind: "default" });
  });

  it("without the initial environment, tells a file's value from another by comparing them", () => {
    expect(settingSource("SESSION_STORE", undefined, files, "file")).toEqual({ kind: "file", file: ".env.local" });
    expect(settingSource("SESSION_STORE", undefined, files, "memcached")).toEqual({ kind: "environment" });
  });
});

describe("the secrets as the configuration page shows them", () => {
  it("gives the count, each length and a short SHA-256 fingerprint, never the secret", () => {
    // sha256("a" * 32) starts with 3ba3f5f4
    const described = describeSecrets(["a".repeat(32), "b".repeat(40)]);
    expect(described).toHaveLength(2);
    expect(described[0]).toEqual({ length: 32, fingerprint: "3ba3f5f4" });
    expect(described[1]?.length).toBe(40);
    expect(JSON.stringify(described)).not.toContain("aaaa");
  });

  it("describes SESSION_SECRET as the settings read it: one secret, or several separated by spaces or commas", () => {
    expect(describeSecrets(splitSecrets("x".repeat(44))!)).toHaveLength(1);
    expect(describeSecrets(splitSecrets(`${"x".repeat(32)} ${"y".repeat(32)}`)!)).toHaveLength(2);
  });
});
