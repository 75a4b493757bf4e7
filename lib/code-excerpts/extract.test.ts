import { describe, expect, it } from "vitest";

import { dedent, extractRegion, RegionError } from "./extract";

const SOURCE = [
  "import x from 'y';",
  "",
  "export function outer() {",
  "  // #region inner",
  "",
  "  const a = 1;",
  "    // deeper",
  "  // #region nested",
  "  return a;",
  "  // #endregion nested",
  "",
  "  // #endregion inner",
  "}",
  "// #region empty",
  "   ",
  "// #endregion empty",
  "// #region open",
  "const never = 'closed';",
  "function View() {",
  "  return (",
  "    <div>",
  "      {/* #region jsx */}",
  "      <p>hello</p>",
  "      {/* #endregion jsx */}",
  "    </div>",
  "  );",
  "}",
].join("\n");

describe("extractRegion", () => {
  it("keeps the lines between the markers, dedented, without marker lines of any region", () => {
    const region = extractRegion(SOURCE, "inner");
    expect(region.code).toBe(["const a = 1;", "  // deeper", "return a;"].join("\n"));
  });

  it("says where the kept lines sit in the file, blank edges left out", () => {
    expect(extractRegion(SOURCE, "inner")).toMatchObject({ firstLine: 6, lastLine: 9 });
  });

  it("reads a region marked inside JSX", () => {
    expect(extractRegion(SOURCE, "jsx").code).toBe("<p>hello</p>");
  });

  it("throws for a missing region, naming the file", () => {
    expect(() => extractRegion(SOURCE, "gone", "lib/x.ts")).toThrow(new RegionError('lib/x.ts: no "#region gone"'));
  });

  it("throws for an empty region", () => {
    expect(() => extractRegion(SOURCE, "empty")).toThrow(/is empty/);
  });

  it("throws for a region never closed", () => {
    expect(() => extractRegion(SOURCE, "open")).toThrow(/never closed/);
  });

  it("does not take a region whose name only starts the same", () => {
    expect(() => extractRegion("// #region inner-most\nx\n// #endregion inner-most", "inner")).toThrow(RegionError);
  });
});

describe("dedent", () => {
  it("removes the indentation every non-blank line shares, and no more", () => {
    expect(dedent(["    a", "", "      b", "    c"])).toEqual(["a", "", "  b", "c"]);
  });
});
