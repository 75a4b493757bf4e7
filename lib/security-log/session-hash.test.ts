import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { sessionHashOf } from "./session-hash";

const registryId = createHash("sha256").update("a-session-token").digest("hex");

describe("the security log's name for a session", () => {
  it("is the same for the same session, and differs between sessions", () => {
    expect(sessionHashOf(registryId, "key")).toBe(sessionHashOf(registryId, "key"));
    expect(sessionHashOf(registryId, "key")).not.toBe(sessionHashOf(registryId.replace(/^./, "0"), "key"));
  });

  it("is neither the token nor the id a store keeps, and needs the server's key", () => {
    const hash = sessionHashOf(registryId, "key");
    expect(hash).not.toContain("a-session-token");
    expect(registryId).not.toContain(hash);
    expect(sessionHashOf(registryId, "another key")).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
  });
});
