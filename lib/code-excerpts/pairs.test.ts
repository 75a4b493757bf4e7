import { describe, expect, it } from "vitest";

import { locatePairs } from "./pairs";

const FLASK = ['session["name"] = request.form["name"]  # both', "# session.clear() in a comment", "session.clear()"].join("\n");
const OURS = [["/** Flask: session.clear() */", "session.set(\"name\", name);"].join("\n"), ["// session.clear() quoted", "session.clear();"].join("\n")];

describe("locatePairs", () => {
  it("numbers each pair on both sides, a line doing two things getting both numbers", () => {
    const { flask, ours } = locatePairs(FLASK, OURS, [
      ['request.form["name"]', "name);"],
      ['session["name"] =', 'session.set("name"'],
    ]);
    expect([...flask]).toEqual([[1, [1, 2]]]);
    expect([...ours[0]]).toEqual([[2, [1, 2]]]);
    expect(ours[1].size).toBe(0);
  });

  it("skips comment lines on either side, which only quote the code", () => {
    const { flask, ours } = locatePairs(FLASK, OURS, [["session.clear()", "session.clear()"]]);
    expect([...flask]).toEqual([[3, [1]]]);
    expect([...ours[0]]).toEqual([]);
    expect([...ours[1]]).toEqual([[2, [1]]]);
  });

  it("throws, naming the piece, when a side has no such line", () => {
    expect(() => locatePairs(FLASK, OURS, [["session.permanent", "session.clear()"]])).toThrow(/no Flask line contains "session.permanent"/);
    expect(() => locatePairs(FLASK, OURS, [["session.clear()", "session.regenerate()"]])).toThrow(/none of our lines contains "session.regenerate\(\)"/);
  });
});
