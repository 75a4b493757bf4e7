import { describe, expect, it } from "vitest";

import { getCodePanel, readRegion, readSource } from "./index";
import { CODE_PANELS, type CodePanelId } from "./registry";

const ids = Object.keys(CODE_PANELS) as CodePanelId[];
const regions = ids.flatMap((id) => CODE_PANELS[id].ours.map((source) => ({ id, ...source })));

describe("the code panels' registry", () => {
  it.each(regions)("$id: $file has a non-empty region $region", async (source) => {
    const region = await readRegion(source);
    expect(region.code.trim()).not.toBe("");
    // The excerpt is the file's own text: each of its lines is in the file, in order, from the line it says.
    const fileLines = (await readSource(source.file))!.split("\n").map((line) => line.trim());
    for (const line of region.code.split("\n").filter((text) => text.trim() !== "")) {
      expect(fileLines.slice(region.firstLine - 1, region.lastLine)).toContain(line.trim());
    }
  });

  it.each(ids)("%s: every pair finds its Flask line and its line of ours, and the panel highlights", async (id) => {
    const panel = await getCodePanel(id);
    expect(panel.ours).toHaveLength(CODE_PANELS[id].ours.length);
    const drawn = [panel.flaskHtml, ...panel.ours.map(({ html }) => html)].join("").match(/data-callout="[^"]+"/g) ?? [];
    // Each pair numbered once on each side.
    const numbers = drawn.flatMap((attribute) => attribute.slice(14, -1).split(" ")).sort();
    expect(numbers).toEqual(CODE_PANELS[id].pairs.flatMap((_, index) => [String(index + 1), String(index + 1)]).sort());
  });

  it("refuses a region that is not there", async () => {
    await expect(readRegion({ file: "lib/code-excerpts/registry.ts", region: "no-such-region" })).rejects.toThrow(/no "#region no-such-region"/);
  });

  it("refuses a file a lesson may not show", async () => {
    await expect(readRegion({ file: "lib/generated/sqlite/index.ts", region: "x" })).rejects.toThrow(/not a source file/);
  });
});
