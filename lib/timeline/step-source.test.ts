import { describe, expect, it } from "vitest";

import { lineOf, sourceOfStep, STEP_SOURCES } from "./step-source";

describe("the line of code behind each timeline step", () => {
  it.each(Object.entries(STEP_SOURCES))("%s: its line is still in its file", async (_kind, source) => {
    expect(await lineOf(source)).toBeGreaterThan(0);
  });

  it("tells the proxy's history write and the two store writes apart", () => {
    expect(sourceOfStep({ kind: "update", by: "proxy", key: "history" }).file).toBe("lib/history/visit-history.ts");
    expect(sourceOfStep({ kind: "update", by: "app", key: "cart" }).file).toBe("lib/session/session.ts");
    expect(sourceOfStep({ kind: "write", by: "app", result: "update" }).needle).toContain("store.update");
    expect(sourceOfStep({ kind: "write", by: "app", result: "save" }).needle).toContain("store.save");
  });

  it("finds nothing for a line that is not there", async () => {
    expect(await lineOf({ file: "lib/session/session.ts", needle: "no such line, anywhere" })).toBeNull();
  });
});
